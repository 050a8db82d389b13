/**
 * The differences between the JSON and the Python that the SDK-argument test found in the moved
 * families, each fixed in the Python (or, where SDK v2 has no argument for a field, said in it).
 */

import { describe, expect, it } from 'vitest';
import type { BuilderPipeline } from '../model';
import { toPython } from '../python';

const alone = (type: string, name: string): BuilderPipeline => ({
  steps: [{ key: 'a', type, name, waitsFor: [] }],
});

describe('the Python export of the moved families', () => {
  it("passes AutoML's channel type and compression, which AutoMLInput leaves out unless given", () => {
    const code = toPython(alone('AutoML', 'AutoPilot'));
    expect(code).toContain("channel_type='training', compression='None'");
  });

  it('uploads the ClarifyCheck analysis config to the file the definition reads', () => {
    const code = toPython(alone('ClarifyCheck', 'CheckBias'));
    // The SDK uploads analysis_config.json under this prefix: s3://…/pipeline/CheckBias/analysis_config.json.
    expect(code).toContain("s3_analysis_config_output_path=f's3://{bucket}/pipeline/CheckBias'");
  });

  it('says that EMRStepConfig cannot set the step name and ActionOnFailure the JSON sets', () => {
    const code = toPython(alone('EMR', 'RunSpark'));
    expect(code).toContain('# EMRStepConfig has no argument for the step name or ActionOnFailure');
  });
});
