import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { portalRoutes } from '../features';
import { EmptyPanel } from '../shared/empty-panel';
import { createApolloClient } from './api/apollo-client';
import { AuthProvider } from './auth/auth-context';
import { RequireAuth, RequireRole } from './auth/require-auth';
import { SessionStore } from './auth/session-store';
import { SignInPage } from './auth/sign-in.page';
import { HomePage } from './home.page';
import { PortalLayout } from './layout/portal-layout';
import { cssVariablesResolver, theme } from './theme';

export function App() {
  const sessions = useMemo(() => new SessionStore(), []);
  const client = useMemo(() => createApolloClient(sessions), [sessions]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="top-right" />
      <ApolloProvider client={client}>
        <AuthProvider sessions={sessions}>
          <BrowserRouter>
            <Routes>
              <Route path="/sign-in" element={<SignInPage />} />
              <Route
                element={
                  <RequireAuth>
                    <PortalLayout />
                  </RequireAuth>
                }
              >
                <Route index element={<HomePage />} />
                {portalRoutes.map((route) => (
                  <Route
                    key={route.path}
                    path={route.path}
                    element={<RequireRole roles={route.roles}>{route.element}</RequireRole>}
                  />
                ))}
                <Route
                  path="*"
                  element={
                    <EmptyPanel
                      title="Page not found"
                      description="The address does not match a screen. Use the navigation to find your way."
                    />
                  }
                />
              </Route>
            </Routes>
          </BrowserRouter>
        </AuthProvider>
      </ApolloProvider>
    </MantineProvider>
  );
}
