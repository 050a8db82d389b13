/** The SDK code of a Processing step (`ProcessingStep` with an `SKLearnProcessor`'s run). */

import type { DefinitionStep } from '../model';
import { args, call, py, snake, use, type StepCode } from './code';

interface PropertyFileField {
  PropertyFileName: string;
  OutputName: string;
  FilePath: string;
}

const propertyFiles = (step: DefinitionStep) =>
  Array.isArray(step.PropertyFiles) ? (step.PropertyFiles as PropertyFileField[]) : [];

const processingStep: StepCode = {
  module: 'sagemaker.workflow.steps',
  setup: (step, _builder, render, variable) => {
    use(render, 'sagemaker.sklearn.processing', 'SKLearnProcessor');
    use(render, 'sagemaker.processing', 'ProcessingInput', 'ProcessingOutput');
    const inputs =
      (args(step, 'ProcessingInputs') as { InputName: string; S3Input: Record<string, unknown> }[]) ?? [];
    const outputs =
      (args(step, 'ProcessingOutputConfig', 'Outputs') as {
        OutputName: string;
        S3Output: Record<string, unknown>;
      }[]) ?? [];
    const dataInputs = inputs.filter((input) => input.InputName !== 'code');
    const script = inputs.find((input) => input.InputName === 'code')?.S3Input.S3Uri ?? 'script.py';
    const lines = [
      `processor_${variable} = ${call('SKLearnProcessor', [
        ['framework_version', "'1.2-1'"],
        ['role', 'role'],
        ['instance_type', py(args(step, 'ProcessingResources', 'ClusterConfig', 'InstanceType'), render)],
        ['instance_count', '1'],
        ['sagemaker_session', 'pipeline_session'],
      ])}`,
      `args_${variable} = ${call(`processor_${variable}.run`, [
        [
          'inputs',
          `[${dataInputs.map((input) => `ProcessingInput(source=${py(input.S3Input.S3Uri, render)}, destination=${py(input.S3Input.LocalPath, render)})`).join(', ')}]`,
        ],
        [
          'outputs',
          `[${outputs.map((output) => `ProcessingOutput(output_name=${py(output.OutputName, render)}, source=${py(output.S3Output.LocalPath, render)}, destination=${py(output.S3Output.S3Uri, render)})`).join(', ')}]`,
        ],
        // The script's S3 URI, as the definition names it: a local file name would be uploaded from
        // the reader's own folder, and fails when it is not there.
        ['code', py(script, render)],
      ])}`,
    ];
    for (const file of propertyFiles(step)) {
      use(render, 'sagemaker.workflow.properties', 'PropertyFile');
      lines.push(
        `${snake(file.PropertyFileName)} = PropertyFile(name=${py(file.PropertyFileName, render)}, output_name=${py(file.OutputName, render)}, path=${py(file.FilePath, render)})`,
      );
    }
    return lines;
  },
  kwargs: (step, _builder, _render, variable) => {
    const files = propertyFiles(step).map((file) => snake(file.PropertyFileName));
    return [
      ['step_args', `args_${variable}`],
      ...(files.length > 0 ? ([['property_files', `[${files.join(', ')}]`]] as [string, string][]) : []),
    ];
  },
};
export const processingCode: Record<string, StepCode> = { Processing: processingStep };
