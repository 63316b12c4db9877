import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { AnyEndpoint, EndpointInput, EndpointResponse } from '../../shared/endpoint.js';
import { callApi, type ApiError } from './api-client.js';

/** Query key of an endpoint call: its name and input, so invalidating by name refreshes every variant. */
export function apiKey<E extends AnyEndpoint>(endpoint: E, input?: EndpointInput<E>): readonly unknown[] {
  return input === undefined ? [endpoint.name] : [endpoint.name, input];
}

export function useApiQuery<E extends AnyEndpoint>(
  endpoint: E,
  input?: EndpointInput<E>,
  options: Omit<UseQueryOptions<EndpointResponse<E>, ApiError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<EndpointResponse<E>, ApiError>({
    queryKey: apiKey(endpoint, input),
    queryFn: () => callApi(endpoint, input),
    ...options,
  });
}

/** A write; on success it invalidates the named endpoints' queries (e.g. the list it changed). */
export function useApiMutation<E extends AnyEndpoint>(endpoint: E, invalidates: readonly AnyEndpoint[] = []) {
  const queryClient = useQueryClient();
  return useMutation<EndpointResponse<E>, ApiError, EndpointInput<E>>({
    mutationFn: (input) => callApi(endpoint, input),
    onSuccess: async () => {
      await Promise.all(invalidates.map((e) => queryClient.invalidateQueries({ queryKey: [e.name] })));
    },
  });
}
