/** The autosave worker: takes serialised models from the page and writes them to the journal. */
import { GatehouseDb } from './GatehouseDb';
import { writeJournal, type JournalWrite } from './journal';

const db = new GatehouseDb();
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ id: number; write: JournalWrite }>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => {
  const { id, write } = event.data;
  void writeJournal(db, write).then((result) => scope.postMessage({ id, result }));
};
