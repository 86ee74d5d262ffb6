import { Component, createRef, h } from 'preact';
import { Card } from '../card.tsx';
import { direction } from '../i18n/direction.ts';
import type { SurveyAnswer, SurveyProps } from './props.ts';
import { strings } from './strings.ts';

const SCALE = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

interface SurveyState {
  answer: SurveyAnswer;
  sent?: boolean;
}

/**
 * A micro-survey card: the question as a radio group (NPS: 0–10 between "Not likely" and "Very likely"; native radios,
 * so the arrow keys move the choice), then the open question and Send; after Send, a thank-you that takes the focus.
 * Escape closes it, but not from the text box: the answer typed there would go with it.
 */
export class Survey extends Component<SurveyProps, SurveyState> {
  state: SurveyState = { answer: { text: '' }, sent: this.props.answered };
  thanks = createRef<HTMLParagraphElement>();

  pick = (answer: Partial<SurveyAnswer>) => this.setState({ answer: { ...this.state.answer, ...answer } });

  send = (event: Event) => {
    event.preventDefault();
    this.props.onAnswer(this.state.answer);
    this.setState({ sent: true }, () => this.thanks.current?.focus());
  };

  render({ locale, title, body, question, options, followUp, onDismiss }: SurveyProps, { answer, sent }: SurveyState) {
    const ui = strings(locale);
    const picked = options ? answer.choice : answer.score;
    const open = picked !== undefined && followUp(answer.score);
    return (
      <div class="kit survey" dir={direction(locale)} lang={locale}>
        <Card
          title={title}
          body={body}
          locale={locale}
          onDismiss={onDismiss}
          onKeyDown={(event) => event.key === 'Escape' && (event.target as Element).localName !== 'textarea' && onDismiss()}
        >
          {sent ? (
            <p class="thanks" role="status" tabIndex={-1} ref={this.thanks}>
              {ui.thanks}
            </p>
          ) : (
            <form onSubmit={this.send}>
              <fieldset class={options ? 'choices' : 'nps'} aria-describedby={options ? undefined : 'ends'}>
                <legend>{question}</legend>
                {options
                  ? options.map((option) => (
                      <label key={option.id}>
                        <input
                          type="radio"
                          name="q"
                          checked={answer.choice === option.id}
                          onChange={() => this.pick({ choice: option.id })}
                        />
                        {option.label}
                      </label>
                    ))
                  : SCALE.map((score) => (
                      <label key={score}>
                        <input type="radio" name="q" class="sr" checked={answer.score === score} onChange={() => this.pick({ score })} />
                        <span>{score}</span>
                      </label>
                    ))}
              </fieldset>
              {!options && (
                <p id="ends" class="ends">
                  <span>0 {ui.low}</span> <span>10 {ui.high}</span>
                </p>
              )}
              {open && (
                <label class="open">
                  {open}
                  <textarea
                    rows={3}
                    maxLength={2000}
                    value={answer.text}
                    onInput={(event) => this.pick({ text: event.currentTarget.value })}
                  />
                </label>
              )}
              {picked !== undefined && (
                <button type="submit" class="btn primary">
                  {ui.send}
                </button>
              )}
            </form>
          )}
        </Card>
      </div>
    );
  }
}
