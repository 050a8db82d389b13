import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { BuilderPipeline, PipelineDefinition } from '../../lib/pipeline/model';
import type { ExportOptions } from '../../lib/pipeline/definition';
import type { ShareLink } from '../../lib/pipeline/share';
import type { Announce } from '../sortable/announcer';
import { useLazyModule } from './useLazyModule';

const loadPython = () => import('../../lib/pipeline/python');
const loadShare = () => import('../../lib/pipeline/share');
// Only pipelines beyond the published schema need these words; they load after the builder.
const loadSchemaGaps = () => import('../../data/pipeline-schema-gaps');

interface ExportPanelProps {
  pipeline: BuilderPipeline;
  definition: PipelineDefinition;
  hydrated: boolean;
  options: ExportOptions;
  onOptions: (options: ExportOptions) => void;
  announce: Announce;
}

type Format = 'json' | 'python';

/** The export options that write what the Python SDK writes where the published schema says less. */
const optionLabels: { option: keyof ExportOptions; label: string }[] = [
  {
    option: 'evaluationReport',
    label: 'Branch on an evaluation report (a property file read with JsonGet)',
  },
  {
    option: 'sdkFields',
    label: 'The registered model’s approval status from a parameter',
  },
];

const formats: Record<Format, { tab: string; file: string; mime: string }> = {
  json: { tab: 'Definition JSON', file: 'pipeline-definition.json', mime: 'application/json' },
  python: { tab: 'Python SDK', file: 'pipeline.py', mime: 'text/x-python' },
};

/**
 * What the pipeline adds up to, always in view: the definition JSON SageMaker reads (or the
 * equivalent Python SDK code), with copy, download and a share link, and what of it the published
 * schema does not know.
 */
export function ExportPanel(props: ExportPanelProps) {
  const { pipeline, definition, hydrated, options, onOptions, announce } = props;
  const [format, setFormat] = useState<Format>('json');
  const [status, setStatus] = useState('');
  const [link, setLink] = useState('');
  const code = useRef<HTMLPreElement>(null);
  const linkField = useRef<HTMLInputElement>(null);
  // With the clipboard blocked, the share link (not the definition) is selected once it shows.
  const [selectLink, setSelectLink] = useState(false);
  useLayoutEffect(() => {
    if (!selectLink || !linkField.current) return;
    setSelectLink(false);
    linkField.current.focus();
    linkField.current.select();
  }, [selectLink, link]);
  const json = useMemo(() => JSON.stringify(definition, null, 2), [definition]);
  const python = usePython(format === 'python', pipeline, options);
  const text = format === 'json' ? json : python;
  const schemaGaps = useLazyModule(loadSchemaGaps, hydrated);
  const gaps = useMemo(
    () => schemaGaps.module?.schemaGapsOf(definition) ?? [],
    [schemaGaps.module, definition],
  );

  /** Shows the message and says it once (the visible line is not a live region). */
  function say(message: string) {
    setStatus(message);
    announce(message);
  }

  async function copy(value: string, what: string, select: () => void) {
    try {
      await navigator.clipboard.writeText(value);
      say(`${what} copied.`);
    } catch {
      // No clipboard permission: select the text so the reader can copy it themselves.
      select();
      say(`Copying is blocked here: the ${what} is selected, press Ctrl+C (or Cmd+C) to copy it.`);
    }
  }

  function selectCode() {
    const selection = window.getSelection();
    if (code.current && selection) selection.selectAllChildren(code.current);
  }

  function download() {
    const { file, mime } = formats[format];
    const url = URL.createObjectURL(new Blob([text], { type: mime }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    say(`Downloading ${file}.`);
  }

  async function share() {
    let result: ShareLink;
    try {
      result = (await loadShare()).shareUrl(window.location, pipeline);
    } catch {
      result = { ok: false, error: 'The share link could not be made: reload the page to try again.' };
    }
    if (!result.ok) {
      say(result.error);
      return;
    }
    setLink(result.url);
    void copy(result.url, 'Share link', () => setSelectLink(true));
  }

  const tabs = Object.keys(formats) as Format[];
  return (
    <section class="pb-export" aria-labelledby="pb-export-heading">
      <h3 id="pb-export-heading">Pipeline definition</h3>
      <div class="pb-tabs" role="tablist" aria-label="Export format">
        {tabs.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`pb-tab-${id}`}
            aria-selected={format === id}
            aria-controls="pb-export-code"
            tabIndex={format === id ? 0 : -1}
            disabled={!hydrated}
            onClick={() => setFormat(id)}
            onKeyDown={(event) => {
              // The tabs pattern: arrows move (and wrap) each way, Home and End go to the ends.
              const index = tabs.indexOf(id);
              const moves: Record<string, number> = {
                ArrowRight: (index + 1) % tabs.length,
                ArrowLeft: (index - 1 + tabs.length) % tabs.length,
                Home: 0,
                End: tabs.length - 1,
              };
              if (!(event.key in moves)) return;
              event.preventDefault();
              const next = tabs[moves[event.key]];
              setFormat(next);
              document.getElementById(`pb-tab-${next}`)?.focus();
            }}
          >
            {formats[id].tab}
          </button>
        ))}
      </div>
      <pre
        id="pb-export-code"
        ref={code}
        class="pb-code"
        role="tabpanel"
        aria-labelledby={`pb-tab-${format}`}
        tabIndex={0}
        data-format={format}
      >
        <code>{text}</code>
      </pre>
      {format === 'python' && (
        <p class="pb-python-note">
          Where the SDK and the JSON differ on purpose: ModelStep names the steps it adds{' '}
          <code>&lt;name&gt;-CreateModel</code> and <code>&lt;name&gt;-RegisterModel</code> (refer to those
          names in <code>Steps.…</code> references), training jobs get SDK defaults such as{' '}
          <code>DebugHookConfig</code>, and ClarifyCheck writes and uploads its own{' '}
          <code>analysis_config.json</code>. Set your bucket on the <code>bucket = …</code> line.
        </p>
      )}
      {hydrated && (
        <div class="pb-export-actions">
          <button type="button" onClick={() => copy(text, formats[format].tab, selectCode)}>
            Copy
          </button>
          <button type="button" onClick={download}>
            Download {formats[format].file}
          </button>
          <button type="button" onClick={() => void share()}>
            Copy share link
          </button>
          <fieldset class="pb-options">
            <legend>Beyond the published schema</legend>
            {optionLabels.map(({ option, label }) => (
              <label class="pb-option" key={option}>
                <input
                  type="checkbox"
                  checked={options[option] === true}
                  onChange={(event) => onOptions({ ...options, [option]: event.currentTarget.checked })}
                />
                {label}
              </label>
            ))}
          </fieldset>
        </div>
      )}
      {link && (
        <label class="pb-share">
          Share link
          <input
            ref={linkField}
            type="text"
            readOnly
            value={link}
            onFocus={(event) => event.currentTarget.select()}
          />
        </label>
      )}
      <p class="pb-status">{status}</p>
      {gaps.length > 0 && (
        <div class="pb-gaps">
          <p>
            <strong>Beyond the published schema.</strong> This export is what the SageMaker Python SDK would
            send, but AWS's published JSON schema does not describe these parts of it:
          </p>
          <ul>
            {gaps.map((gap, index) => (
              <li key={index}>
                <strong>{gap.step ? `${gap.step}, ${gap.kind.title}` : gap.kind.title}:</strong>{' '}
                {gap.kind.explanation} <a href={gap.kind.source}>Source</a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/**
 * The Python SDK code, once asked for: its module loads only when the reader opens the Python tab,
 * so the builder's first load stays small.
 */
function usePython(wanted: boolean, pipeline: BuilderPipeline, options: ExportOptions): string {
  const python = useLazyModule(loadPython, wanted);
  return useMemo(() => {
    if (!wanted) return '';
    if (python.module) return python.module.toPython(pipeline, options);
    return python.failed
      ? '# The Python code could not be loaded: reload the page to try again.'
      : '# Loading…';
  }, [wanted, python, pipeline, options]);
}
