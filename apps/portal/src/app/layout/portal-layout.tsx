import {
  AppShell,
  Burger,
  Button,
  Group,
  NavLink,
  ScrollArea,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { portalRoutes } from '../../features';
import { useAuth } from '../auth/auth-context';
import { type PortalRoute } from '../portal-route';
import { LoadingPanel } from '../../shared/loading-panel';

type NavRoute = PortalRoute & { nav: NonNullable<PortalRoute['nav']> };

/** The screens in the navigation the signed-in person may open, grouped by role area. */
export function useNavigation(): [string, NavRoute[]][] {
  const { hasAnyRole } = useAuth();
  const groups = new Map<string, NavRoute[]>();
  for (const route of portalRoutes) {
    if (!route.nav || !hasAnyRole(route.roles)) continue;
    const group = groups.get(route.nav.group) ?? [];
    group.push(route as NavRoute);
    groups.set(route.nav.group, group);
  }
  return [...groups.entries()];
}

/** Header, role-aware navigation (a drawer on phones) and the current screen. */
export function PortalLayout() {
  const [opened, { toggle, close }] = useDisclosure(false);
  const { session, signOut } = useAuth();
  const { pathname } = useLocation();
  const navigation = useNavigation();

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? 'Close navigation' : 'Open navigation'}
            />
            <Title order={1} size="h4" lineClamp={1}>
              AI consortiums
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" c="dimmed" visibleFrom="sm" lineClamp={1}>
              {session?.user.displayName}
            </Text>
            <Button variant="default" size="xs" onClick={() => void signOut()}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main navigation">
        <ScrollArea>
          <Stack gap="md">
            {navigation.map(([group, routes]) => (
              <div key={group}>
                <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mb={4}>
                  {group}
                </Text>
                {routes.map((route) => (
                  <NavLink
                    key={route.path}
                    component={Link}
                    to={route.path}
                    label={route.nav.label}
                    active={pathname === route.path}
                    aria-current={pathname === route.path ? 'page' : undefined}
                    onClick={close}
                  />
                ))}
              </div>
            ))}
          </Stack>
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<LoadingPanel label="Loading the page…" />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
