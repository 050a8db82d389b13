import { useState } from 'preact/hooks';
import type { BuilderPipeline } from '../../lib/pipeline/model';
import type { ExportOptions } from '../../lib/pipeline/definition';

interface ImportPanelProps {
  hydrated: boolean;
  /** The export options in use: an import that matches what they generate stays fully editable. */
  options: ExportOptions;
  onImport: (pipeline: BuilderPipeline, notes: string[]) => void;
}

/** The largest file the import reads; the parser refuses larger text with its own message. */
const maxFileBytes = 2 * 1024 * 1024;

/**
 * Import a pipeline definition, pasted or from a file, including one written by the SageMaker
 * Python SDK. A bad one is refused with a message beside the Import button (the field marked
 * invalid), and the current pipeline stays as it was.
 */
export function ImportPanel({ hydrated, options, onImport }: ImportPanelProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  if (!hydrated) return null;

  function onError(message: string) {
    setError(`${message} Your pipeline is unchanged.`);
  }

  async function load(source: string) {
    // The importer loads on first use: most readers never import.
    let importer: typeof import('../../lib/pipeline/import');
    try {
      importer = await import('../../lib/pipeline/import');
    } catch {
      onError('The importer could not be loaded: reload the page to try again.');
      return;
    }
    const result = importer.importDefinition(source, options);
    if (result.ok) {
      setError('');
      onImport(result.pipeline, result.notes);
      setText('');
    } else {
      onError(result.error);
    }
  }

  return (
    <details class="pb-import">
      <summary>Import a pipeline definition</summary>
      <label for="pb-import-text">
        Paste a definition JSON (for example the output of the SDK's pipeline.definition())
      </label>
      <textarea
        id="pb-import-text"
        rows={6}
        spellcheck={false}
        value={text}
        aria-invalid={error !== ''}
        aria-describedby={error ? 'pb-import-error' : undefined}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <div class="pb-export-actions">
        <button type="button" disabled={text.trim() === ''} onClick={() => void load(text)}>
          Import the pasted definition
        </button>
        <label class="pb-file">
          Or choose a file
          <input
            type="file"
            accept=".json,application/json"
            onChange={async (event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              input.value = '';
              if (!file) return;
              if (file.size > maxFileBytes) {
                onError(
                  `That file is too large (${Math.round(file.size / 1024)} KB): a pipeline definition is far smaller.`,
                );
                return;
              }
              try {
                await load(await file.text());
              } catch {
                onError('That file could not be read.');
              }
            }}
          />
        </label>
      </div>
      {/* The alert speaks the error once, next to the controls that caused it. */}
      <p id="pb-import-error" class="pb-error" role="alert">
        {error}
      </p>
    </details>
  );
}
