export declare const HOW_TO_GET_ELECTRON: string;
export declare function findElectronBinary(root: string): string | null;
