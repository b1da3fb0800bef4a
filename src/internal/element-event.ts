/** The events of every element: bubbling, crossing shadow roots, with a typed `detail`. */
export class ElementEvent<T> extends CustomEvent<T> {
  constructor(type: string, detail: T) {
    super(type, { bubbles: true, composed: true, detail });
  }
}
