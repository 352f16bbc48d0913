/**
 * The inspector: the properties of the selected element, or of the model when nothing is
 * selected. Every control is a labelled form field named after its property.
 */
import { labelOf } from '../../../shared/model/vocabulary';
import { useAppStore } from '../../store/appStore';
import { selectSingleSelected } from '../../store/selectors';
import { ElementThreats } from '../threats/ElementThreats';
import { CheckField, Section, TagsField, TextField } from './fields';
import { KindProperties } from './KindProperties';

function ModelProperties() {
  const model = useAppStore((state) => state.model);
  const change = (patch: Partial<typeof model>) =>
    useAppStore
      .getState()
      .changeModel((current) =>
        Object.entries(patch).every(
          ([key, value]) => current[key as keyof typeof current] === value,
        )
          ? current
          : { ...current, ...patch },
      );
  return (
    <Section title="Model">
      <TextField label="Title" value={model.title} onChange={(title) => change({ title })} />
      <TextField
        label="Summary"
        multiline
        value={model.summary}
        onChange={(summary) => change({ summary })}
      />
      <TextField label="Owner" value={model.owner} onChange={(owner) => change({ owner })} />
      <TagsField label="Tags" value={model.tags} onChange={(tags) => change({ tags: [...tags] })} />
    </Section>
  );
}

export function Inspector() {
  const element = useAppStore(selectSingleSelected);
  const count = useAppStore((state) => state.selectedIds.length);

  if (count > 1) {
    return (
      <div className="inspector">
        <p>{count} elements selected.</p>
        <button type="button" onClick={() => useAppStore.getState().deleteSelection()}>
          Delete selected
        </button>
      </div>
    );
  }
  if (!element) {
    return (
      <div className="inspector">
        <ModelProperties />
        <p className="inspector__hint">Select an element on the canvas to edit its properties.</p>
      </div>
    );
  }

  const update = useAppStore.getState().updateElement;
  return (
    <div className="inspector" key={element.id}>
      <h2 className="inspector__kind">
        {labelOf(element.kind)} <code>{element.id}</code>
      </h2>
      <Section title="General">
        <TextField
          label="Name"
          value={element.name}
          onChange={(name) => update(element.id, { name })}
        />
        <TextField
          label="Description"
          multiline
          value={element.description}
          onChange={(description) => update(element.id, { description })}
        />
        <TagsField
          label="Tags"
          value={element.tags}
          onChange={(tags) => update(element.id, { tags: [...tags] })}
        />
        <CheckField
          label="Out of scope"
          value={element.outOfScope}
          onChange={(outOfScope) => update(element.id, { outOfScope })}
        />
        {element.outOfScope && (
          <TextField
            label="Reason out of scope"
            value={element.outOfScopeReason}
            onChange={(outOfScopeReason) => update(element.id, { outOfScopeReason })}
          />
        )}
      </Section>
      <KindProperties element={element} />
      {element.kind !== 'trustBoundary' && <ElementThreats elementId={element.id} />}
    </div>
  );
}
