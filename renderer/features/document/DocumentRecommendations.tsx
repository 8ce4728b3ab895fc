import type { DocumentRecommendation } from '../../../shared/domain.ts';
import { pageNumber } from '../../lib/format.ts';

interface RecommendationsProps {
  recommendations: readonly DocumentRecommendation[];
  onShowPage: (pageIndex: number) => void;
}

/** The recommendations found in a report, each with a way to its page when that is known. */
export function DocumentRecommendations({ recommendations, onShowPage }: RecommendationsProps) {
  if (recommendations.length === 0) return null;
  return (
    <section className="recommendations" aria-labelledby="recommendations-heading">
      <h3 id="recommendations-heading">Recommendations</h3>
      <ol>
        {recommendations.map((recommendation, index) => {
          const pageIndex = recommendation.pageIndex;
          return (
            <li key={index}>
              <span>{recommendation.text}</span>
              {pageIndex !== null && (
                <>
                  {' '}
                  <button type="button" className="link-button page-ref" onClick={() => onShowPage(pageIndex)}>
                    Go to page {pageNumber(pageIndex)}
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
