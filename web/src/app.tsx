import { useEffect, useState } from 'react';

type Health = { database: string; version: string };

/** Placeholder home until the web client lands: shows that the portal and its database answer. */
export function App() {
  const [health, setHealth] = useState<Health | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { database version } }' }),
    })
      .then((response) => response.json() as Promise<{ data?: { health: Health } }>)
      .then((body) => (body.data ? setHealth(body.data.health) : setFailed(true)))
      .catch(() => setFailed(true));
  }, []);

  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 640, margin: '4rem auto', padding: '0 1rem' }}>
      <h1>Enlace</h1>
      <p>Cooperación transfronteriza entre agencias de frontera, migración, fiscalía y protección.</p>
      <p role="status">
        {failed
          ? 'El servidor no responde. Intente de nuevo en unos minutos.'
          : health
            ? `En servicio · versión ${health.version} · ${health.database}`
            : 'Comprobando el servicio…'}
      </p>
    </main>
  );
}
