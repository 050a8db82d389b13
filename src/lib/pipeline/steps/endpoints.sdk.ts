/**
 * The SDK argument that sets each field of an endpoint step's definition (read by the test that the
 * Python sets what the JSON sets; apart from endpoints.ts, so that the builder's hydration bundle
 * does not carry it). Each of their SDK classes takes the request as it is.
 */

import { keyword, type SdkArguments } from './context';

const request: SdkArguments = { Arguments: keyword('arguments') };

export const endpointsSdkArguments: Record<string, SdkArguments> = {
  EndpointConfig: request,
  Endpoint: request,
  InferenceComponent: request,
};
