// A facet option's count: the number on screen, "17 sites" for assistive technology (as one text, so every
// accessible-name algorithm reads the space).
export function SiteCount({ id, count }: { id: string; count: number }) {
  return (
    <span className="facet-count" id={id}>
      <span aria-hidden="true">{count.toLocaleString('en')}</span>
      <span className="visually-hidden">{`${count.toLocaleString('en')} ${count === 1 ? 'site' : 'sites'}`}</span>
    </span>
  );
}
