import { assignVariant, variantCampaign, type Campaign, type ExperimentAssignment, type UserState } from '@growthkit/core';

/** The experiment and variant a campaign's widget events carry, by campaign id. */
export type ExperimentTags = Map<string, { experiment: string; variant: string }>;

/** What sticky assignment needs of the runtime. */
export interface ExperimentsContext {
  /** the user's saved state, where assignments are kept (and synced through /v1/state) */
  state: { current(): UserState; assign(key: string, assignment: ExperimentAssignment): void };
  /** bucketing attributes: `id` is the user id, or the anonymous id before sign-in */
  attributes(): Record<string, unknown>;
  /** filled here, read by the runtime when it records a widget event */
  tags: ExperimentTags;
  /** records a widget event for the campaign (its tags included) */
  emit(name: string, campaignId: string): void;
  now(): string;
}

/**
 * Sticky assignment for campaigns with an experiment. The first time the campaign is eligible for the user, they are
 * bucketed (core's assignVariant), the assignment is saved in their state, and one `gk.exposure` goes out — for the
 * holdout too, as "would have seen". Later the saved assignment wins, also after sign-in and on other devices.
 */
export class Experiments {
  /** by the config's campaign object: a new config brings new objects, and the old ones go with it */
  readonly #shown = new WeakMap<Campaign, { variant: string; campaign: Campaign }>();
  readonly #context: ExperimentsContext;

  constructor(context: ExperimentsContext) {
    this.#context = context;
  }

  /** the campaign as this user's variant shows it; undefined for the holdout, which sees nothing */
  present(campaign: Campaign): Campaign | undefined {
    const experiment = campaign.experiment;
    if (!experiment) return campaign;
    const { state, tags } = this.#context;
    let assignment = state.current().experiments?.[experiment.key];
    const fresh = !assignment;
    if (!assignment) {
      const { variant } = assignVariant(experiment, this.#context.attributes());
      // Without a hash attribute value the user is not in the experiment: the campaign as it is, not counted.
      if (!variant) return campaign;
      assignment = { variant, at: this.#context.now() };
      state.assign(experiment.key, assignment);
    }
    const { variant } = assignment;
    tags.set(campaign.id, { experiment: experiment.key, variant });
    if (fresh) this.#context.emit('gk.exposure', campaign.id);
    if (variant === experiment.holdout?.key) return undefined;
    // The same object while nothing changed, so the runtime keeps the widget mounted.
    const cached = this.#shown.get(campaign);
    if (cached?.variant === variant) return cached.campaign;
    const shown = variantCampaign(campaign, variant);
    this.#shown.set(campaign, { variant, campaign: shown });
    return shown;
  }
}
