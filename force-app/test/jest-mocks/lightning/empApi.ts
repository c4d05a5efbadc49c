/**
 * A lightning/empApi that behaves: subscribe() keeps the callback, jestMockPublish() delivers an
 * event to every subscriber of its channel in the shape empApi uses, unsubscribe() stops delivery,
 * and onError() listeners receive jestMockError(). The stub sfdx-lwc-jest ships only resolves
 * promises, so a test could not show that a component reacts to an event or stops listening.
 *
 * Wired for every test in jest.config.js (moduleNameMapper). Tests import the jestMock* helpers
 * from this file; jest maps 'lightning/empApi' to it, so both names give the same module.
 */

export interface MockSubscription {
    id: string;
    channel: string;
    replayId: number;
}

type MessageCallback = (message: unknown) => void;
type ErrorCallback = (error: unknown) => void;

const subscribers = new Map<string, { channel: string; onMessage: MessageCallback }>();
const errorListeners: ErrorCallback[] = [];
let enabled = true;
let serial = 0;
let replayId = 0;

export const subscribe = jest.fn(
    (channel: string, replay: number, onMessage: MessageCallback): Promise<MockSubscription> => {
        const subscription = { id: `mock-subscription-${++serial}`, channel, replayId: replay };
        subscribers.set(subscription.id, { channel, onMessage });
        return Promise.resolve(subscription);
    }
);

export const unsubscribe = jest.fn(
    (subscription: MockSubscription | undefined, callback?: (response: unknown) => void): Promise<unknown> => {
        const response = { successful: subscription ? subscribers.delete(subscription.id) : false };
        callback?.(response);
        return Promise.resolve(response);
    }
);

export const onError = jest.fn((callback: ErrorCallback): void => {
    errorListeners.push(callback);
});

export const setDebugFlag = jest.fn((): Promise<void> => Promise.resolve());

export const isEmpEnabled = jest.fn((): Promise<boolean> => Promise.resolve(enabled));

/**
 * Publishes an event: every current subscriber of `channel` receives
 * `{ channel, data: { schema, payload, event: { replayId } } }`, as from the platform.
 * @returns how many subscribers received it
 */
export function jestMockPublish(channel: string, payload: unknown): number {
    const message = { channel, data: { schema: 'jest-mock-schema', payload, event: { replayId: ++replayId } } };
    let delivered = 0;
    for (const subscriber of [...subscribers.values()]) {
        if (subscriber.channel === channel) {
            subscriber.onMessage(message);
            delivered++;
        }
    }
    return delivered;
}

/** Sends a streaming error to every onError listener. */
export function jestMockError(error: unknown): void {
    errorListeners.forEach((listener) => listener(error));
}

/** What isEmpEnabled() resolves to from now on (true until set). */
export function jestMockSetEnabled(value: boolean): void {
    enabled = value;
}

/** How many subscriptions are open on a channel. */
export function jestMockSubscriberCount(channel: string): number {
    return [...subscribers.values()].filter((subscriber) => subscriber.channel === channel).length;
}

/** Forgets every subscription, listener and recorded call; for afterEach. */
export function jestMockReset(): void {
    subscribers.clear();
    errorListeners.length = 0;
    enabled = true;
    [subscribe, unsubscribe, onError, setDebugFlag, isEmpEnabled].forEach((mock) => mock.mockClear());
}
