/** @type {import('next').NextConfig} */
const nextConfig = {
  // dockerode pulls in ssh2, whose optional native addon breaks bundling: load them from node_modules.
  serverExternalPackages: ['dockerode', 'ssh2', 'docker-modem'],
  poweredByHeader: false,
  reactStrictMode: true,
};

module.exports = nextConfig;
