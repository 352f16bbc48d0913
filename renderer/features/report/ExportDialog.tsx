/**
 * The Export dialog: pick a format (and a paper size for PDF and HTML), see the HTML report in a
 * sandboxed preview, and save it through the host: a file dialog on the desktop, a download in the
 * browser, or the desktop shell's sandboxed printing for PDF. Large models show their progress,
 * and the work yields to the page between steps so it stays responsive.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';

import type { Report } from '../../../shared/report/reportSchema';
import type { PageSize } from '../../../shared/report/print';
import { getHost } from '../../host/getHost';
import type { HostApi, HostResult, WrittenFile } from '../../../shared/host/contract';
import { useDocumentStore } from '../../store/documentStore';
import { renderDiagramPng, toBase64 } from './diagramPng';
import {
  EXPORT_CHOICES,
  exportOutput,
  reportOf,
  today,
  type ExportChoice,
  type ExportOutput,
} from './exportReport';
import './report.css';

export interface ExportDialogProps {
  onClose(): void;
}

type Progress = { step: number; text: string } | null;

const STEPS = 3;

/** Lets the browser paint the progress before the next slow step. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const STEP_TEXT: Record<ExportOutput['kind'], string> = {
  pdf: 'Printing the PDF…',
  png: 'Drawing the picture…',
  file: 'Saving…',
};

/** Hands the output to the host: printing for PDF, a file dialog or a download otherwise. */
async function saveOutput(
  host: HostApi,
  output: ExportOutput,
  pageSize: PageSize,
): Promise<HostResult<WrittenFile>> {
  switch (output.kind) {
    case 'pdf':
      return host.printToPdf({
        html: output.html,
        suggestedName: output.suggestedName,
        pageSize,
        landscape: false,
      });
    case 'png': {
      const png = await renderDiagramPng(output.picture);
      return host.exportFile({
        format: 'png',
        suggestedName: output.suggestedName,
        text: await toBase64(png),
        encoding: 'base64',
      });
    }
    case 'file':
      return host.exportFile({
        format: output.format,
        suggestedName: output.suggestedName,
        text: output.text,
      });
  }
}

export function ExportDialog({ onClose }: ExportDialogProps) {
  const model = useDocumentStore((state) => state.model);
  const diagramId = useDocumentStore((state) => state.activeDiagramId);
  const [choice, setChoice] = useState<ExportChoice>('pdf');
  const [pageSize, setPageSize] = useState<PageSize>('A4');
  const [report, setReport] = useState<Report | null>(null);
  const [progress, setProgress] = useState<Progress>({ step: 0, text: 'Building the report…' });
  const [message, setMessage] = useState<string | null>(null);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      await nextFrame();
      const built = reportOf(model, today());
      if (cancelled) return;
      setReport(built);
      setProgress(null);
    })();
    return () => {
      cancelled = true;
    };
  }, [model]);

  const preview = useMemo(() => {
    if (!report || (choice !== 'pdf' && choice !== 'html')) return null;
    const output = exportOutput(report, 'html', pageSize);
    return output.kind === 'file' ? output.text : null;
  }, [report, choice, pageSize]);

  const save = async () => {
    if (!report) return;
    setMessage(null);
    setProgress({ step: 1, text: 'Writing the report…' });
    await nextFrame();
    const output = exportOutput(report, choice, pageSize, diagramId);
    setProgress({ step: 2, text: STEP_TEXT[output.kind] });
    await nextFrame();
    let result: HostResult<WrittenFile>;
    try {
      result = await saveOutput(getHost(), output, pageSize);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      result = {
        ok: false,
        errors: [{ code: 'write-failed', message: `The export failed (${reason}). Try again.` }],
        warnings: [],
      };
    }
    setProgress(null);
    if (result.ok) onClose();
    else if (result.errors[0]?.code !== 'cancelled') {
      setMessage(result.errors[0]?.message ?? 'The report could not be saved.');
    }
  };

  const threatCount = model.threats.length;
  return (
    <dialog
      ref={ref}
      className="dialog export-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>Export report</h2>
      <div className="export-dialog__body">
        <fieldset className="export-dialog__formats">
          <legend>Format</legend>
          {EXPORT_CHOICES.map((option) => (
            <label key={option.id} className="export-dialog__format">
              <input
                type="radio"
                name={`${titleId}-format`}
                value={option.id}
                aria-label={option.label}
                aria-describedby={`${titleId}-${option.id}-hint`}
                checked={choice === option.id}
                onChange={() => setChoice(option.id)}
              />
              <span>
                <b>{option.label}</b>{' '}
                <span id={`${titleId}-${option.id}-hint`} className="muted">
                  {option.hint}
                </span>
              </span>
            </label>
          ))}
          {choice === 'pdf' || choice === 'html' ? (
            <label className="field">
              Paper size
              <select
                value={pageSize}
                onChange={(event) => setPageSize(event.target.value as PageSize)}
              >
                <option value="A4">A4</option>
                <option value="Letter">Letter</option>
              </select>
            </label>
          ) : null}
          <p className="muted">
            {threatCount} {threatCount === 1 ? 'threat' : 'threats'} in this model.
          </p>
        </fieldset>
        <div className="export-dialog__preview">
          {preview !== null ? (
            <iframe title="Report preview" sandbox="" srcDoc={preview} />
          ) : (
            <p className="muted">
              {report
                ? 'No preview for this format.'
                : 'The preview appears when the report is ready.'}
            </p>
          )}
        </div>
      </div>
      {progress ? (
        <div className="export-dialog__progress" role="status">
          <progress max={STEPS} value={progress.step} aria-label="Export progress" />{' '}
          {progress.text}
        </div>
      ) : null}
      {message ? (
        <p className="error" role="alert">
          {message}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={!report || progress !== null}
          onClick={() => void save()}
        >
          Export {EXPORT_CHOICES.find((option) => option.id === choice)?.label}
        </button>
      </div>
    </dialog>
  );
}
