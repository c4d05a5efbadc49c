// `lightning/empApi` over a local bus. The preview page (a page action, or a test through
// window.__preview.publish) publishes what the org would, e.g. an Adoption_Celebration__e for the
// current user, and every subscriber on that channel receives it in the platform's message shape.

export interface EmpMessage {
    channel: string;
    data: {
        schema: string;
        payload: Record<string, unknown>;
        event: { replayId: number; EventUuid: string };
    };
}

export interface Subscription {
    id: number;
    channel: string;
    replayId: number;
}

type MessageCallback = (message: EmpMessage) => void;
type ErrorCallback = (error: unknown) => void;

const subscribers = new Map<number, { channel: string; callback: MessageCallback }>();
const errorCallbacks: ErrorCallback[] = [];
const published: EmpMessage[] = [];
let nextId = 1;
let replayId = 1000;
let debug = false;

/** Resolves when the subscription is live, as the platform's does after the CometD handshake. */
export function subscribe(channel: string, fromReplayId: number, callback: MessageCallback): Promise<Subscription> {
    const id = nextId++;
    subscribers.set(id, { channel, callback });
    // Replay -2 asks for every retained event: deliver those already published on the channel.
    if (fromReplayId === -2) {
        for (const message of published.filter((candidate) => candidate.channel === channel)) {
            setTimeout(() => callback(message), 0);
        }
    }
    if (debug) {
        console.info(`[preview empApi] subscribed to ${channel}`);
    }
    return Promise.resolve({ id, channel, replayId: fromReplayId });
}

export function unsubscribe(
    subscription: Subscription,
    callback?: (response: { successful: boolean }) => void
): Promise<boolean> {
    const removed = subscribers.delete(subscription?.id);
    callback?.({ successful: removed });
    return Promise.resolve(removed);
}

export function onError(callback: ErrorCallback): void {
    errorCallbacks.push(callback);
}

export function setDebugFlag(flag: boolean): Promise<boolean> {
    debug = flag;
    return Promise.resolve(true);
}

export function isEmpEnabled(): Promise<boolean> {
    return Promise.resolve(true);
}

/** Not part of lightning/empApi: publishes an event on the local bus, delivered asynchronously. */
export function publish(channel: string, payload: Record<string, unknown>): EmpMessage {
    replayId++;
    const message: EmpMessage = {
        channel,
        data: {
            schema: 'preview',
            payload: { CreatedDate: new Date().toISOString(), ...payload },
            event: { replayId, EventUuid: `preview-${replayId}` }
        }
    };
    published.push(message);
    for (const subscriber of subscribers.values()) {
        if (subscriber.channel === channel) {
            setTimeout(() => {
                try {
                    subscriber.callback(message);
                } catch (error) {
                    errorCallbacks.forEach((report) => report(error));
                    throw error;
                }
            }, 0);
        }
    }
    return message;
}
