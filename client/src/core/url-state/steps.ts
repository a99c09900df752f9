/**
 * One history entry per user action. An action often changes the view in several moves (a search
 * hit adds the node, then selects it; a trace sets itself, then its nodes, then their layout), and
 * each move used to push its own entry, so Back undid half an action. A push now needs a user's
 * input since the last one: the first change after a click, key or form change pushes, the rest of
 * that action's changes rewrite the entry in place.
 */
const USER_INPUT = ["pointerdown", "keydown", "click", "change", "input"] as const;

export class StepGate {
  private armed = false;

  constructor(target: EventTarget) {
    const arm = () => {
      this.armed = true;
    };
    for (const type of USER_INPUT) target.addEventListener(type, arm, { capture: true });
  }

  /** Whether a change that is a new step gets its own history entry (once per user input). */
  takeStep(): boolean {
    const armed = this.armed;
    this.armed = false;
    return armed;
  }

  /** Back or Forward replays a step: what it changes is no new one. */
  disarm(): void {
    this.armed = false;
  }
}
