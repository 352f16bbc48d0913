/**
 * The document store under its first name. Everything lives in the one bound store now (see
 * appStore.ts); these names stay so that code written against them keeps working.
 */
export { useAppStore as useDocumentStore } from './appStore';
export { suggestedFileName } from './documentSlice';
