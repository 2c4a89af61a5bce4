/** The banner's data (react-query, ["pooled-account", object, id]) and the referral create, which refreshes the banner's open cases from its own answer. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { PooledAccountDataSchema, ReferralCreatedSchema, type CreateReferralRequest, type PooledAccountData } from "../../messaging/pooled-account";
import { sendRequest, type Transport } from "../../messaging/send-request";
import { useSingleFlight } from "../../shared/single-flight";

export const pooledAccountQueryKey = (object: "Account" | "Contact", recordId: string) => ["pooled-account", object, recordId] as const;

export function usePooledAccount(object: "Account" | "Contact", recordId: string, transport?: Transport) {
  return useQuery({
    queryKey: pooledAccountQueryKey(object, recordId),
    queryFn: () => sendRequest({ type: "pooled-account/banner", object, recordId }, PooledAccountDataSchema, transport),
    retry: false,
  });
}

export type ReferralInput = Omit<CreateReferralRequest, "type">;

export function useCreateReferral(queryKey: ReturnType<typeof pooledAccountQueryKey>, transport?: Transport) {
  const queryClient = useQueryClient();
  // One click, one case: a second submit before the answer does not create a second one.
  return useSingleFlight(
    useMutation({
      mutationFn: (input: ReferralInput) => sendRequest({ type: "pooled-account/create-referral", ...input }, ReferralCreatedSchema, transport),
      // The create's answer carries the account's open pooled cases: no second round trip for the banner.
      onSuccess: (created) => queryClient.setQueryData<PooledAccountData>(queryKey, (old) => (old ? { ...old, openPooledCases: created.openPooledCases } : old)),
    }),
  );
}
