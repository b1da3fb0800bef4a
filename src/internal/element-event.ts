/**
 * Every event the elements dispatch, by name, with the type of its `detail`. Each element's
 * `*.events.ts` adds its own names (declaration merging), so `emit()` accepts a name only with
 * the detail that belongs to it.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ElementEventDetails {}

/** The one event class of every element: bubbling, crossing shadow roots, with a typed `detail`. */
export class ElementEvent<T> extends CustomEvent<T> {
  constructor(type: string, detail: T) {
    super(type, { bubbles: true, composed: true, detail });
  }
}

/** The typed events of a details map, as `GlobalEventHandlersEventMap` wants them. */
export type EventsOf<Details> = { [K in keyof Details]: ElementEvent<Details[K]> };
