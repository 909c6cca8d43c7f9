import Dashboard from '@/components/dashboard/Dashboard';

export default function Page() {
  return <Dashboard />;
}
