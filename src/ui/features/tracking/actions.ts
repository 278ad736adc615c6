/** The followed-hedge actions bound to the app's store (loaded with this feature, not the first screen). */
import { useScenarioStore } from '../../../state/store';
import { bindTrackingActions } from '../../../state/tracking-slice';

export const trackingActions = bindTrackingActions(useScenarioStore);
