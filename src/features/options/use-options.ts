/** The options page's data: the org's profile (chrome.storage), its org check and its connection (the worker). */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { ConnectedSchema, DisconnectedSchema, OrgCheckAnswerSchema, SessionStatusSchema } from "../../messaging/org-setup";
import { sendRequest, type Transport } from "../../messaging/send-request";
import { loadProfileState, resetProfile, saveProfileText, saveValueAt, type ProfileAreas, type SaveOutcome } from "./profile-editing";

export const profileKey = (orgHost: string) => ["options", "profile", orgHost] as const;
export const checkKey = (orgHost: string) => ["options", "check", orgHost] as const;
export const statusKey = (orgHost: string) => ["options", "status", orgHost] as const;

export function useProfileState(orgHost: string, areas: ProfileAreas) {
  return useQuery({ queryKey: profileKey(orgHost), queryFn: () => loadProfileState(orgHost, areas) });
}

export function useOrgCheck(orgHost: string, transport?: Transport) {
  return useQuery({ queryKey: checkKey(orgHost), queryFn: () => sendRequest({ type: "org/check", orgHost, force: false }, OrgCheckAnswerSchema, transport), retry: false });
}

export function useSessionStatus(orgHost: string, transport?: Transport) {
  return useQuery({ queryKey: statusKey(orgHost), queryFn: () => sendRequest({ type: "session/status", orgHost }, SessionStatusSchema, transport), retry: false });
}

/** After a save the profile is re-read, and the org checked against it afresh. */
function useAfterSave(orgHost: string, transport?: Transport) {
  const queryClient = useQueryClient();
  return async (outcome: SaveOutcome | void) => {
    if (outcome && !outcome.ok) return;
    await queryClient.invalidateQueries({ queryKey: profileKey(orgHost) });
    await queryClient.fetchQuery({ queryKey: checkKey(orgHost), queryFn: () => sendRequest({ type: "org/check", orgHost, force: true }, OrgCheckAnswerSchema, transport) }).catch(() => undefined);
  };
}

export function useSaveProfile(orgHost: string, areas: ProfileAreas, transport?: Transport) {
  const after = useAfterSave(orgHost, transport);
  return useMutation({ mutationFn: (text: string) => saveProfileText(orgHost, text, areas), onSuccess: after });
}

export function useUseCandidate(orgHost: string, areas: ProfileAreas, transport?: Transport) {
  const after = useAfterSave(orgHost, transport);
  return useMutation({ mutationFn: ({ path, value }: { path: readonly string[]; value: string }) => saveValueAt(orgHost, path, value, areas), onSuccess: after });
}

export function useResetProfile(orgHost: string, areas: ProfileAreas, transport?: Transport) {
  const after = useAfterSave(orgHost, transport);
  return useMutation({ mutationFn: () => resetProfile(orgHost, areas), onSuccess: after });
}

export function useCheckAgain(orgHost: string, transport?: Transport) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => sendRequest({ type: "org/check", orgHost, force: true }, OrgCheckAnswerSchema, transport),
    onSuccess: (answer) => queryClient.setQueryData(checkKey(orgHost), answer),
  });
}

export function useConnection(orgHost: string, transport?: Transport) {
  const queryClient = useQueryClient();
  const settle = async () => {
    await queryClient.invalidateQueries({ queryKey: statusKey(orgHost) });
    await queryClient.invalidateQueries({ queryKey: checkKey(orgHost) });
  };
  const connect = useMutation({ mutationFn: () => sendRequest({ type: "session/connect", orgHost }, ConnectedSchema, transport), onSettled: settle });
  const disconnect = useMutation({ mutationFn: () => sendRequest({ type: "session/disconnect", orgHost }, DisconnectedSchema, transport), onSettled: settle });
  return { connect, disconnect };
}
