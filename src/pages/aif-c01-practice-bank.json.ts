// Every practice question with its option order (bankFile in src/lib/practice/bank.ts), written at
// build time for the practice page, which fetches it when a session starts.
import type { APIRoute } from 'astro';
import { allQuestions, bankOrders } from '../data/questions';
import type { Bank } from '../lib/practice/bank';

export const GET: APIRoute = () => {
  const bank: Bank = { questions: allQuestions, orders: bankOrders };
  return new Response(JSON.stringify(bank), { headers: { 'content-type': 'application/json' } });
};
