/**
 * Every event the elements dispatch, by name, with the type of its `detail`. Each element's
 * `*.events.ts` adds its own names (declaration merging), so `emit()` accepts a name only with
 * the detail that belongs to it.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ElementEventDetails {}

/** The names of the events whose `detail` is exactly `T`. */
export type EventNameOf<T> = {
  [K in keyof ElementEventDetails]: [ElementEventDetails[K]] extends [T] ? ([T] extends [ElementEventDetails[K]] ? K : never) : never;
}[keyof ElementEventDetails];

/**
 * The one event class of every element: bubbling, crossing shadow roots, with a typed `detail`.
 * A name is accepted only with the detail that belongs to it (`new RepTimerEvent('rep-timer-complete',
 * { set: 1 })` does not compile).
 */
export class ElementEvent<T> extends CustomEvent<T> {
  constructor(type: EventNameOf<T>, detail: T) {
    super(type, { bubbles: true, composed: true, detail });
  }
}

/** The typed events of a details map, as `GlobalEventHandlersEventMap` wants them. */
export type EventsOf<Details> = { [K in keyof Details]: ElementEvent<Details[K]> };
