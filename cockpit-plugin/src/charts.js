// Chart.js with only the parts the portfolio draws (bars, doughnut, floating bars for the timeline).
import {
  ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Legend, LinearScale, Title, Tooltip,
} from 'chart.js';

Chart.register(ArcElement, BarController, BarElement, CategoryScale, DoughnutController, Legend, LinearScale, Title, Tooltip);

export const COLOURS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f'];

/** Draws a chart into a fresh canvas in `holder`; returns the chart so the caller can destroy it. */
export function chart(holder, config) {
  const canvas = document.createElement('canvas');
  holder.appendChild(canvas);
  return new Chart(canvas, {
    ...config,
    options: { responsive: true, maintainAspectRatio: false, animation: false, ...config.options },
  });
}
