/** The card's variants and states: compact, its disclosure, the error, reduced motion, forced colours, print. */
import { css } from 'lit';

export const exerciseCardStateStyles = css`
  .compact {
    gap: 0.6rem;
    padding: 0.9rem 1rem;
  }

  .compact [part='title'] {
    font-size: 1.2rem;
  }

  .compact .dose {
    font-size: 1em;
    padding: 0.45rem 0.75rem;
  }

  details summary {
    cursor: pointer;
    min-block-size: 44px;
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-weight: 700;
    color: var(--_accent);
    list-style: none;
  }

  details summary::-webkit-details-marker {
    display: none;
  }

  details summary::before {
    content: '';
    inline-size: 0.55rem;
    block-size: 0.55rem;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }

  details[open] summary::before {
    transform: rotate(45deg);
  }

  /* border-inline-end already mirrors the chevron in right-to-left text: turn it the other way. */
  [dir='rtl'] details summary::before {
    transform: rotate(45deg);
  }

  [dir='rtl'] details[open] summary::before {
    transform: rotate(-45deg);
  }

  details[open] summary {
    margin-block-end: 0.5rem;
  }

  .error {
    margin: 0 0 1rem;
    padding: 0.8rem 1rem;
    border: 1px solid var(--_caution);
    border-inline-start-width: 4px;
    border-radius: calc(var(--_radius) * 0.6);
    background: color-mix(in srgb, var(--_caution) 8%, transparent);
    font-weight: 600;
  }

  @media (prefers-reduced-motion: reduce) {
    details summary::before {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .steps li::before {
      border: 1px solid CanvasText;
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
    }
    .dose,
    .cautions,
    .error {
      border-color: CanvasText;
    }
  }

  @media print {
    :host {
      break-inside: avoid;
    }
    .card {
      border: 1px solid #000;
      background: none;
      color: #000;
      max-inline-size: none;
    }
    .eyebrow,
    .dose,
    .cautions .h1,
    .summary,
    .facts dt,
    .source {
      color: #000;
    }
    .dose,
    .cautions {
      background: none;
    }
    .steps li::before {
      background: none;
      color: #000;
      border: 1px solid #000;
    }
    .timer-area,
    .variations,
    .back,
    details summary {
      display: none;
    }
    details::details-content {
      content-visibility: visible;
      display: contents;
    }
  }
`;
