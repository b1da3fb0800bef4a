// Bench fixture only (never shipped): the same card as a React 19 component, rendered on the
// client from the data the page carries, as a React site would embed it.
import { createRoot } from 'react-dom/client';

const List = ({ as: Tag, items }) => (items?.length ? <Tag>{items.map((t, i) => <li key={i}>{t.en}</li>)}</Tag> : null);

function Card({ exercise: e }) {
  return (
    <article>
      <h3>{e.name.en}</h3>
      <p>{e.summary?.en ?? ''}</p>
      <p>
        <strong>{JSON.stringify(e.dose)}</strong>
      </p>
      <h4>How to do it</h4>
      <List as="ol" items={e.steps} />
      <h4>Tips</h4>
      <List as="ul" items={e.tips} />
      <h4>Take care</h4>
      <List as="ul" items={e.cautions} />
    </article>
  );
}

const exercises = JSON.parse(document.getElementById('exercises').textContent);
createRoot(document.getElementById('root')).render(exercises.map((e, i) => <Card key={i} exercise={e} />));
