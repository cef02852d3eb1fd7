// A larger dataset made from a small one: its sites copied `count` times over, spread over 1,500 places
// around the world (seeded, so every run gets the same).
import type { Dataset } from '../../../src/core/schema';

export function spread(dataset: Dataset, count: number): Dataset {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const places = Array.from({ length: 1500 }, () => [random() * 140 - 60, random() * 360 - 180] as const);
  const sites = Array.from({ length: count }, (_, i) => {
    const template = dataset.sites[i % dataset.sites.length]!;
    const [lat, lon] = places[Math.floor(random() * places.length)]!;
    return { ...template, id: `${template.id}-${i}`, lat, lon };
  });
  return { ...dataset, sites };
}
