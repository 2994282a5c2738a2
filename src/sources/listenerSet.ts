/** Something that can be released; shaped like `vscode.Disposable` without importing it. */
export interface Disposable {
  dispose(): void;
}

/** Subscribes a listener; the returned disposable unsubscribes it. Shaped like `vscode.Event`. */
export type Event<T> = (listener: (event: T) => void) => Disposable;

/** A typed set of listeners: `event` is handed out, `fire` stays with the owner. */
export interface ListenerSet<T> {
  readonly event: Event<T>;
  fire(event: T): void;
  clear(): void;
}

/**
 * Creates a listener set. A listener that throws never stops the others; its error goes to
 * `onListenerError` (a source must keep reading even when one consumer is broken).
 */
export function createListenerSet<T>(onListenerError: (error: unknown) => void = () => {}): ListenerSet<T> {
  const listeners = new Set<(event: T) => void>();
  return {
    event(listener) {
      const entry = (event: T): void => listener(event);
      listeners.add(entry);
      return { dispose: () => void listeners.delete(entry) };
    },
    fire(event) {
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
    clear: () => listeners.clear(),
  };
}
