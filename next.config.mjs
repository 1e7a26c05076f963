import createNextIntlPlugin from "next-intl/plugin";

// Security headers for everything; the pages' Content-Security-Policy (with a per-request nonce) is set
// in proxy.ts, the API's strict one here.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // PGlite ships WebAssembly and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite"],
  experimental: { authInterrupts: true },
  // `next dev` serves its scripts only to the host it was started for (localhost): opened at 127.0.0.1 or [::1]
  // instead, pages never hydrate and the sign-in form submits as a plain GET. Loopback is always us.
  allowedDevOrigins: ["127.0.0.1", "[::1]"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      {
        source: "/api/:path*",
        headers: [
          { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
          { key: "Cache-Control", value: "no-store" },
        ],
      },
    ];
  },
};

// next-intl reads each request's language and messages from lib/i18n/request.ts (no locale in URLs).
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

export default withNextIntl(nextConfig);
