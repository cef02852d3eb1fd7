// Text from the data in the page: isolated from the text around it (<bdi>), so a right-to-left name or a
// stray control cannot reorder "Graz, Austria · Closed" beside it, and cut short where it is a label.
import { labelText, withoutBidiControls } from '../../core/display-text';

interface Props {
  text: string;
  /** A label (list row, option, marker): cut to a few lines' worth. Otherwise the whole text, wrapped. */
  label?: boolean;
}

export function DataText({ text, label = false }: Props) {
  return <bdi>{label ? labelText(text) : withoutBidiControls(text)}</bdi>;
}
