// `lightning/messageService` (Lightning Message Service) stand-in: publish and subscribe across
// components of the page, keyed by message channel (`@salesforce/messageChannel/Name__c`).

export interface MessageChannel {
    channel: string;
}

export interface MessageContextValue {
    id: number;
}

export interface MessageSubscription {
    id: number;
    channel: string;
}

type Listener = (message: unknown) => void;

export const APPLICATION_SCOPE = Symbol('APPLICATION_SCOPE');

const listeners = new Map<number, { channel: string; listener: Listener }>();
let nextId = 1;

export function createMessageContext(): MessageContextValue {
    return { id: nextId++ };
}

export function releaseMessageContext(): void {}

export function publish(_context: MessageContextValue | undefined, channel: MessageChannel, message?: unknown): void {
    for (const entry of listeners.values()) {
        if (entry.channel === channel.channel) {
            entry.listener(message);
        }
    }
}

export function subscribe(
    _context: MessageContextValue | undefined,
    channel: MessageChannel,
    listener: Listener,
    _options?: { scope?: symbol }
): MessageSubscription {
    const id = nextId++;
    listeners.set(id, { channel: channel.channel, listener });
    return { id, channel: channel.channel };
}

export function unsubscribe(subscription: MessageSubscription | null | undefined): void {
    if (subscription) {
        listeners.delete(subscription.id);
    }
}

/** Wire adapter: `@wire(MessageContext) messageContext;` */
export class MessageContext {
    private readonly callback: (value: MessageContextValue) => void;

    constructor(callback: (value: MessageContextValue) => void) {
        this.callback = callback;
    }

    connect(): void {
        this.callback(createMessageContext());
    }

    update(): void {}

    disconnect(): void {}
}
