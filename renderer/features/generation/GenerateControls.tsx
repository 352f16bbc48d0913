/**
 * The toolbar's threat commands: Generate threats, the live switch, and what waits for review
 * ("12 new, 3 stale") with a way to see those threats.
 */
import { useEffect } from 'react';

import { countUnreviewed, reviewSummary } from '../threats/threatMarkers';
import { showThreatsPanel, useModel } from '../threats/threatDocument';
import { useThreatsUi } from '../threats/threatsUiStore';
import { generateAll } from './generationActions';
import { startLiveGeneration } from './liveGeneration';

export function GenerateControls() {
  const live = useThreatsUi((state) => state.live);
  const setLive = useThreatsUi((state) => state.setLive);
  const threats = useModel().threats;
  const counts = countUnreviewed(threats);
  const waiting = counts.newCount + counts.staleCount;

  useEffect(() => {
    if (!live) return;
    const session = startLiveGeneration();
    return session.stop;
  }, [live]);

  return (
    <div className="generate-controls">
      <button type="button" onClick={() => void generateAll()}>
        Generate threats
      </button>
      <label className="inline">
        <input
          type="checkbox"
          role="switch"
          checked={live}
          onChange={(event) => setLive(event.target.checked)}
        />
        Live
      </label>
      <button
        type="button"
        className="review-summary"
        disabled={waiting === 0}
        title="Show the threats that wait for review"
        onClick={() => {
          const ui = useThreatsUi.getState();
          ui.resetQuery();
          ui.setQuery({ marker: 'unreviewed' });
          ui.setTab('register');
          showThreatsPanel();
        }}
      >
        {reviewSummary(counts)}
      </button>
    </div>
  );
}
