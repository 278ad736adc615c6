/**
 * Messages for the user that come with choices (Undo, Load the other tab's inputs, Export...):
 * one per topic, shown above the inputs until answered or dismissed. Session state only.
 */
import { create } from 'zustand';

/** The topics: a new one replaces the notice of the same topic. */
export type NoticeTopic = 'saving' | 'other-tab' | 'link' | 'replaced' | 'quotes';

export interface NoticeAction {
  readonly label: string;
  /** Runs the choice; the notice is dismissed first. */
  readonly run: () => void;
  readonly primary?: boolean;
}

export interface SessionNotice {
  readonly topic: NoticeTopic;
  readonly message: string;
  readonly actions: readonly NoticeAction[];
  /** 'alert' interrupts a screen reader (a problem); 'status' waits (a confirmation). */
  readonly urgency: 'alert' | 'status';
  /** False when one of the actions must be chosen (dismissing would leave the page waiting). */
  readonly dismissible?: boolean;
}

export interface NoticesState {
  readonly notices: readonly SessionNotice[];
  show: (notice: SessionNotice) => void;
  dismiss: (topic: NoticeTopic) => void;
}

export const useNotices = create<NoticesState>()((set) => ({
  notices: [],
  show: (notice) => set((s) => ({ notices: [...s.notices.filter((n) => n.topic !== notice.topic), notice] })),
  dismiss: (topic) => set((s) => ({ notices: s.notices.filter((n) => n.topic !== topic) })),
}));
