/**
 * The one way modules that need each other are wired (docs/architecture.md): a module takes a port
 * (a typed function) at construction; the composition root provides it once every service exists.
 * Calling a port before it is provided is a wiring bug and throws at once, naming the port.
 *
 *   const orderLookup = port<OrderLookup>('orders.lookup');
 *   const delivery = createDeliveryService({ …, orderLookup });
 *   const orders = createOrderService({ …, delivery });
 *   orderLookup.provide(orders.lookup);
 */
export type Port<F extends (...args: any[]) => any> = F & {
  readonly portName: string;
  provide(fn: F): void;
};

export function port<F extends (...args: any[]) => any>(name: string): Port<F> {
  let impl: F | null = null;
  const call = ((...args: Parameters<F>): ReturnType<F> => {
    if (!impl) throw new Error(`Port ${name} was used before the composition root provided it`);
    return impl(...args);
  }) as Port<F>;
  Object.defineProperty(call, 'portName', { value: name });
  (call as { provide: (fn: F) => void }).provide = (fn: F) => {
    if (impl) throw new Error(`Port ${name} is provided twice`);
    impl = fn;
  };
  return call;
}
