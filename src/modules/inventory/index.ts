/** The inventory module's public face: stock records, reservations and the movement ledger. */
export { inventoryRoutes } from './routes';
export { type InventoryService, type StockLine, createInventoryService } from './service';
