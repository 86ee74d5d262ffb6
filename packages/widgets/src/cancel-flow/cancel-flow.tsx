import { Component, createRef, h } from 'preact';
import { CallToAction } from '../call-to-action.tsx';
import { CloseButton } from '../close-button.tsx';
import { Dialog } from '../dialog/dialog.tsx';
import { direction } from '../i18n/direction.ts';
import type { CancelAnswer, CancelFlowProps, CancelOfferView } from './props.ts';
import { strings } from './strings.ts';

interface CancelFlowState {
  step: 'reason' | 'offer' | 'confirm';
  answer: CancelAnswer;
  offer?: CancelOfferView;
}

/**
 * The cancel flow in one dialog: why (a radio group, and words for "other") → the save offer matched to the answer →
 * the confirmation. "Continue cancelling" on every step moves on at once, so the flow never traps anyone; Escape and ×
 * close it without a decision.
 */
export class CancelFlow extends Component<CancelFlowProps, CancelFlowState> {
  state: CancelFlowState = { step: 'reason', answer: {} };
  heading = createRef<HTMLHeadingElement>();

  // a new step: its heading takes focus, so a screen reader reads it and Tab starts from the top of it
  componentDidUpdate(_props: CancelFlowProps, before: CancelFlowState) {
    if (before.step !== this.state.step) this.heading.current?.focus();
  }

  /** from the reason step: to the matched offer, or to the confirmation when there is none */
  next = () => {
    const { answer } = this.state;
    const offer = this.props.offerFor(answer);
    this.setState({ step: offer ? 'offer' : 'confirm', offer });
    if (offer) this.props.onOffer(answer, offer.id);
  };

  render(props: CancelFlowProps, { step, answer, offer }: CancelFlowState) {
    const { locale } = props;
    const t = strings(locale);
    const title = { reason: props.title, offer: offer?.title, confirm: t.sure }[step];
    const body = step === 'offer' ? offer?.body : step === 'reason' && props.body;
    return (
      <div class="kit cancel-flow" dir={direction(locale)} lang={locale}>
        <Dialog labelledBy="title" describedBy={body ? 'body' : undefined} onClose={props.onDismiss}>
          <CloseButton label={t.close} locale={locale} onClick={props.onDismiss} />
          <h2 id="title" class="title" tabIndex={-1} ref={this.heading}>
            {title}
          </h2>
          {body && (
            <p id="body" class="body">
              {body}
            </p>
          )}
          {step === 'reason' && (
            <fieldset class="reasons">
              <legend>{t.why}</legend>
              {props.reasons.map((reason) => (
                <label>
                  <input
                    type="radio"
                    name="reason"
                    checked={answer.reason === reason}
                    onChange={() => this.setState({ answer: { ...answer, reason } })}
                  />
                  {t[reason]}
                </label>
              ))}
              {answer.reason === 'other' && (
                <label class="more">
                  {t.more}
                  <textarea
                    maxLength={500}
                    value={answer.text}
                    onInput={(event) => this.setState({ answer: { ...answer, text: event.currentTarget.value } })}
                  />
                </label>
              )}
            </fieldset>
          )}
          <div class="choices">
            {step === 'offer' && offer && (
              <CallToAction class="btn primary" action={offer.accept} onClick={() => props.onAccept(answer, offer.id)} />
            )}
            {step === 'confirm' ? (
              <button class="btn primary" onClick={() => props.onConfirm(answer, offer?.id)}>
                {t.confirm}
              </button>
            ) : (
              <button class="btn" onClick={step === 'reason' ? this.next : () => this.setState({ step: 'confirm' })}>
                {t.go}
              </button>
            )}
            {step === 'confirm' && (
              <button class="btn quiet" onClick={props.onDismiss}>
                {t.keep}
              </button>
            )}
          </div>
        </Dialog>
      </div>
    );
  }
}
