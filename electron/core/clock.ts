/** The time source; tests pass a fake one to exercise idle time-outs and lock-outs. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
