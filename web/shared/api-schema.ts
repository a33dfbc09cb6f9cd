/**
 * GENERATED from the server's /openapi.json by openapi-typescript: do not edit by hand.
 * Regenerate with `npm run gen:api`; the suite fails when this file is stale.
 */
export type paths = {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics (Authorization: Bearer METRICS_TOKEN; without one configured, loopback callers only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dependencies: 503 when the database is unreachable; a missing cache only degrades */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checks: {
                                cache: string;
                                database: string;
                            };
                            status: string;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checks: {
                                cache: string;
                                database: string;
                            };
                            status: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/robots.txt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Crawlers may read the shop, not /admin or the API */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description robots.txt */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sitemap.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Home, every category and every published product; an index of /sitemap/<n>.xml pages when large */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description XML sitemap */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/xml": string;
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sitemap/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One page of a large sitemap (listed by /sitemap.xml) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    file: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description XML sitemap */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/xml": string;
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/analytics/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dashboard figures over a date range (default: the last 30 days, store time zone)
         * @description Revenue, order count and average count orders placed in the range that are not cancelled or refunded; ordersByStatus counts every order placed in the range.
         */
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD in the store time zone */
                    from?: string;
                    /** @description YYYY-MM-DD in the store time zone */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: int64 */
                            averageOrderValue: number;
                            from: string;
                            /** Format: int64 */
                            lowStockCount: number;
                            /** Format: int64 */
                            orders: number;
                            ordersByStatus: {
                                [key: string]: number;
                            };
                            /** Format: int64 */
                            revenue: number;
                            salesByDay: {
                                date: string;
                                /** Format: int64 */
                                orders: number;
                                /** Format: int64 */
                                revenue: number;
                            }[];
                            /** @description consumption tax per rate of the period’s sales (cancelled and refunded orders excluded), less partial returns */
                            taxByRate: {
                                rate: number;
                                /** Format: int64 */
                                tax: number;
                                /** Format: int64 */
                                taxableAmount: number;
                            }[];
                            to: string;
                            topProducts: {
                                productId: string;
                                /** Format: int64 */
                                quantity: number;
                                /** Format: int64 */
                                revenue: number;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API keys (no secrets) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                id: string;
                                lastUsedAt: string | null;
                                name: string;
                                prefix: string;
                                scopes: string[];
                            }[];
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create an API key (the key is shown only in this response) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        scopes: ("catalog:read" | "catalog:write" | "inventory:read" | "inventory:write" | "orders:read" | "orders:write" | "webhooks:write")[];
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            id: string;
                            key: string;
                            name: string;
                            prefix: string;
                            scopes: string[];
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key (stops working at once) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/audit-logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List audit log entries, newest first */
        get: {
            parameters: {
                query?: {
                    actorId?: string;
                    cursor?: string;
                    entityId?: string;
                    entityType?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actor: {
                                    id: string | null;
                                    type: string;
                                };
                                changes: {
                                    after: unknown;
                                    before: unknown;
                                };
                                createdAt: string;
                                entityId: string | null;
                                entityType: string;
                                hash: string;
                                id: string;
                                ip: string | null;
                                prevHash: string;
                                requestId: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/audit-logs/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute the hash chain */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: int64 */
                            checked: number;
                            firstBadId: string | null;
                            ok: boolean;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All categories, flat (parentId and position give the tree) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                parentId: string | null;
                                /** Format: int64 */
                                position: number;
                                slug: string;
                            }[];
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a category (slug derived from the name when absent) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        parentId?: string | null;
                        /** Format: int32 */
                        position?: number;
                        /** @description lower-case letters, digits and single hyphens */
                        slug?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            parentId: string | null;
                            /** Format: int64 */
                            position: number;
                            slug: string;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an empty category (409 while it has products or children) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename, move or reorder a category */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        parentId?: string | null;
                        /** Format: int32 */
                        position?: number;
                        /** @description lower-case letters, digits and single hyphens */
                        slug?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            parentId: string | null;
                            /** Format: int64 */
                            position: number;
                            slug: string;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/admin/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customers, newest first, with orders count, paid spend, points and last order; q matches email or name */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                email: string;
                                id: string;
                                isActive: boolean;
                                lastOrderAt: string | null;
                                name: string;
                                /** Format: int64 */
                                ordersCount: number;
                                /** Format: int64 */
                                pointsBalance: number;
                                /**
                                 * Format: int64
                                 * @description sum of paid order totals, minor units
                                 */
                                totalSpent: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One customer with addresses and the 10 most recent orders (staff and admins are 404 here) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            addresses: {
                                city: string;
                                id: string;
                                isDefault: boolean;
                                line1: string;
                                line2: string | null;
                                name: string;
                                phone: string;
                                postalCode: string;
                                prefecture: string;
                            }[];
                            createdAt: string;
                            email: string;
                            id: string;
                            isActive: boolean;
                            lastOrderAt: string | null;
                            name: string;
                            orders: {
                                createdAt: string;
                                currency: string;
                                delivery: {
                                    date: string;
                                    endTime: string;
                                    slotId: string;
                                    startTime: string;
                                } | null;
                                discounts?: {
                                    /** Format: int64 */
                                    amount: number;
                                    code: string;
                                    promotionId: string;
                                }[];
                                /** Format: int64 */
                                discountTotal?: number;
                                events?: {
                                    actor: {
                                        id: string | null;
                                        type: string;
                                    };
                                    createdAt: string;
                                    from: string | null;
                                    id: string;
                                    note: string | null;
                                    to: string | null;
                                    type: string;
                                }[];
                                guestEmail?: string;
                                id: string;
                                items: {
                                    /**
                                     * Format: int64
                                     * @description this line’s share of the order’s discount
                                     */
                                    discount?: number;
                                    /** Format: int64 */
                                    lineTotal: number;
                                    options: {
                                        [key: string]: string;
                                    };
                                    productId: string;
                                    /** Format: int64 */
                                    quantity: number;
                                    /** Format: int64 */
                                    returnedQuantity?: number;
                                    sku: string;
                                    taxClass?: string;
                                    taxRate?: number;
                                    title: string;
                                    /** Format: int64 */
                                    unitPrice: number;
                                }[];
                                note: string;
                                /** Format: int64 */
                                number: number;
                                payment: {
                                    /** Format: int64 */
                                    amount: number;
                                    deadline: string | null;
                                    konbini?: {
                                        confirmationNumber: string;
                                        expiresAt: string;
                                        paymentNumber: string;
                                    };
                                    method: string;
                                    status: string;
                                };
                                /** Format: int64 */
                                pointsRedeemed: number;
                                /** Format: int64 */
                                refundedTotal?: number;
                                returns?: {
                                    createdAt: string;
                                    id: string;
                                    items: {
                                        /** Format: int64 */
                                        amount: number;
                                        /** Format: int64 */
                                        quantity: number;
                                        sku: string;
                                    }[];
                                    /**
                                     * Format: int64
                                     * @description refunded through the payment provider
                                     */
                                    moneyRefunded: number;
                                    note: string | null;
                                    orderId: string;
                                    /**
                                     * Format: int64
                                     * @description redeemed points given back to the balance
                                     */
                                    pointsReturned: number;
                                    /** Format: int64 */
                                    refundAmount: number;
                                    restock: boolean;
                                    /** Format: int64 */
                                    shippingAmount: number;
                                    taxes: {
                                        rate: number;
                                        /** Format: int64 */
                                        tax: number;
                                        /** Format: int64 */
                                        taxableAmount: number;
                                    }[];
                                }[];
                                shippingAddress: {
                                    city: string;
                                    line1: string;
                                    line2: string | null;
                                    name: string;
                                    phone: string;
                                    postalCode: string;
                                    prefecture: string;
                                };
                                /** Format: int64 */
                                shippingFee: number;
                                status: "pending" | "processing" | "completed" | "cancelled" | "refunded";
                                /** Format: int64 */
                                subtotal: number;
                                /** @description once per rate per order; taxableAmount in the price basis of the settings */
                                taxes?: {
                                    rate: number;
                                    /** Format: int64 */
                                    tax: number;
                                    /** Format: int64 */
                                    taxableAmount: number;
                                }[];
                                /** Format: int64 */
                                taxTotal?: number;
                                /** Format: int64 */
                                total: number;
                                updatedAt: string;
                                userId: string;
                            }[];
                            /** Format: int64 */
                            ordersCount: number;
                            /** Format: int64 */
                            pointsBalance: number;
                            /**
                             * Format: int64
                             * @description sum of paid order totals, minor units
                             */
                            totalSpent: number;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/delivery/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delivery slots with their bookings */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    /** @description YYYY-MM-DD */
                    date?: string;
                    /** @description YYYY-MM-DD */
                    from?: string;
                    limit?: number;
                    /** @description YYYY-MM-DD */
                    to?: string;
                    zoneId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: int64 */
                                booked: number;
                                /** Format: int64 */
                                capacity: number;
                                createdAt: string;
                                date: string;
                                endTime: string;
                                id: string;
                                startTime: string;
                                zoneId: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a delivery slot (zone, date, time window, capacity) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: int32 */
                        capacity: number;
                        /** @description YYYY-MM-DD */
                        date: string;
                        /** @description HH:MM, 24 h */
                        endTime: string;
                        /** @description HH:MM, 24 h */
                        startTime: string;
                        zoneId: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: int64 */
                            booked: number;
                            /** Format: int64 */
                            capacity: number;
                            createdAt: string;
                            date: string;
                            endTime: string;
                            id: string;
                            startTime: string;
                            zoneId: string;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/delivery/slots/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One delivery slot */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: int64 */
                            booked: number;
                            /** Format: int64 */
                            capacity: number;
                            createdAt: string;
                            date: string;
                            endTime: string;
                            id: string;
                            startTime: string;
                            zoneId: string;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a slot nobody booked */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a slot's capacity (never below its bookings) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: int32 */
                        capacity: number;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: int64 */
                            booked: number;
                            /** Format: int64 */
                            capacity: number;
                            createdAt: string;
                            date: string;
                            endTime: string;
                            id: string;
                            startTime: string;
                            zoneId: string;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/admin/delivery/zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delivery zones */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                area: unknown | null;
                                createdAt: string;
                                /** Format: int64 */
                                fee: number;
                                id: string;
                                name: string;
                                postalCodePrefixes: string[];
                                sameDay: boolean;
                                sameDayCutoff: string;
                                updatedAt: string;
                                /** Format: int64 */
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a delivery zone (postal-code prefixes, fee, same-day cutoff, optional GeoJSON area) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        area?: {
                            coordinates: number[][][];
                            /** @enum {string} */
                            type: "Polygon";
                        } | null;
                        /** Format: int32 */
                        fee: number;
                        name: string;
                        postalCodePrefixes: string[];
                        sameDay: boolean;
                        /** @description HH:MM, 24 h */
                        sameDayCutoff?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: unknown | null;
                            createdAt: string;
                            /** Format: int64 */
                            fee: number;
                            id: string;
                            name: string;
                            postalCodePrefixes: string[];
                            sameDay: boolean;
                            sameDayCutoff: string;
                            updatedAt: string;
                            /** Format: int64 */
                            version: number;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/delivery/zones/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One delivery zone (with ETag) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: unknown | null;
                            createdAt: string;
                            /** Format: int64 */
                            fee: number;
                            id: string;
                            name: string;
                            postalCodePrefixes: string[];
                            sameDay: boolean;
                            sameDayCutoff: string;
                            updatedAt: string;
                            /** Format: int64 */
                            version: number;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Retire a delivery zone (409 while it has upcoming bookings) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a delivery zone (If-Match honoured) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        area?: {
                            coordinates: number[][][];
                            /** @enum {string} */
                            type: "Polygon";
                        } | null;
                        /** Format: int32 */
                        fee?: number;
                        name?: string;
                        postalCodePrefixes?: string[];
                        sameDay?: boolean;
                        /** @description HH:MM, 24 h */
                        sameDayCutoff?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: unknown | null;
                            createdAt: string;
                            /** Format: int64 */
                            fee: number;
                            id: string;
                            name: string;
                            postalCodePrefixes: string[];
                            sameDay: boolean;
                            sameDayCutoff: string;
                            updatedAt: string;
                            /** Format: int64 */
                            version: number;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/admin/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress and result of a CSV import job */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: int64 */
                            created: number;
                            createdAt: string;
                            encoding: string;
                            /**
                             * Format: int64
                             * @description All errors; `errors` holds the first 1,000
                             */
                            errorCount: number;
                            errors: {
                                column?: string;
                                /** Format: int64 */
                                line: number;
                                message: string;
                            }[];
                            finishedAt: string | null;
                            id: string;
                            /** Format: int64 */
                            processed: number;
                            status: "running" | "done" | "failed";
                            /** Format: int64 */
                            total: number;
                            /** Format: int64 */
                            unchanged: number;
                            /** Format: int64 */
                            updated: number;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/inventory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock records (filter by SKU prefix, product, low stock) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    lowStock?: boolean;
                    productId?: string;
                    sku?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: int64 */
                                available: number;
                                /** Format: int64 */
                                lowStockThreshold: number;
                                /** Format: int64 */
                                onHand: number;
                                productId: string;
                                /** Format: int64 */
                                reserved: number;
                                sku: string;
                                updatedAt: string;
                                /** Format: int64 */
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/inventory/{sku}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One stock record (with ETag) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sku: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: int64 */
                            available: number;
                            /** Format: int64 */
                            lowStockThreshold: number;
                            /** Format: int64 */
                            onHand: number;
                            productId: string;
                            /** Format: int64 */
                            reserved: number;
                            sku: string;
                            updatedAt: string;
                            /** Format: int64 */
                            version: number;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** A stock count: set onHand (If-Match honoured); optionally the low-stock threshold */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sku: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: int32 */
                        lowStockThreshold?: number;
                        /** Format: int32 */
                        onHand: number;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: int64 */
                            available: number;
                            /** Format: int64 */
                            lowStockThreshold: number;
                            /** Format: int64 */
                            onHand: number;
                            productId: string;
                            /** Format: int64 */
                            reserved: number;
                            sku: string;
                            updatedAt: string;
                            /** Format: int64 */
                            version: number;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/inventory/{sku}/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adjust onHand by a delta with a reason (below reserved → 409 insufficient_stock) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sku: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: int32 */
                        delta: number;
                        note?: string | null;
                        reason: "restock" | "damage" | "correction" | "return" | "count";
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: int64 */
                            available: number;
                            /** Format: int64 */
                            lowStockThreshold: number;
                            /** Format: int64 */
                            onHand: number;
                            productId: string;
                            /** Format: int64 */
                            reserved: number;
                            sku: string;
                            updatedAt: string;
                            /** Format: int64 */
                            version: number;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/inventory/{sku}/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The movement ledger of a SKU, newest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    sku: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                actor: {
                                    id: string | null;
                                    type: string;
                                };
                                createdAt: string;
                                id: string;
                                note: string | null;
                                /** Format: int64 */
                                onHandDelta: number;
                                orderId: string | null;
                                reason: string | null;
                                /** Format: int64 */
                                reservedDelta: number;
                                type: "adjustment" | "count" | "reservation" | "release" | "sale" | "return";
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Emails, newest first (filter by recipient, type, status) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    status?: "pending" | "sent" | "failed" | "kept";
                    to?: string;
                    type?: "order.confirmation" | "order.shipped" | "order.cancelled" | "order.refunded" | "password.reset" | "staff.low_stock";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: int64 */
                                attempts: number;
                                createdAt: string;
                                eventId: string | null;
                                id: string;
                                lastError: string | null;
                                locale: "ja" | "en";
                                sentAt: string | null;
                                status: "pending" | "sent" | "failed" | "kept";
                                subject: string;
                                to: string;
                                type: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/notifications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One email as rendered (secrets masked) with its delivery attempts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attemptLog: {
                                /** Format: int64 */
                                attempt: number;
                                createdAt: string;
                                error: string | null;
                                ok: boolean;
                                response: string | null;
                            }[];
                            /** Format: int64 */
                            attempts: number;
                            createdAt: string;
                            eventId: string | null;
                            html: string;
                            id: string;
                            lastError: string | null;
                            locale: "ja" | "en";
                            sentAt: string | null;
                            status: "pending" | "sent" | "failed" | "kept";
                            subject: string;
                            text: string;
                            to: string;
                            type: string;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/notifications/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue a failed (or kept) email again (409 for pending or sent ones) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: int64 */
                            attempts: number;
                            createdAt: string;
                            eventId: string | null;
                            id: string;
                            lastError: string | null;
                            locale: "ja" | "en";
                            sentAt: string | null;
                            status: "pending" | "sent" | "failed" | "kept";
                            subject: string;
                            to: string;
                            type: string;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/notifications/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A template rendered with sample data */
        get: {
            parameters: {
                query: {
                    locale?: "ja" | "en";
                    payment?: "konbini" | "bank_transfer" | "cod" | "points";
                    type: "order.confirmation" | "order.shipped" | "order.cancelled" | "order.refunded" | "password.reset" | "staff.low_stock";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            html: string;
                            subject: string;
                            text: string;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Orders, newest first: search by number, customer email or name, or SKU; filter by status, payment status and dates (store time zone, inclusive) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    /** @description a date in the store time zone (settings.timeZone) */
                    from?: string;
                    limit?: number;
                    number?: number;
                    paymentStatus?: "pending" | "paid" | "refunded" | "cancelled";
                    /** @description order number, customer email or name (or the shipping name), or a SKU in the order */
                    q?: string;
                    status?: "pending" | "processing" | "completed" | "cancelled" | "refunded";
                    /** @description a date in the store time zone (settings.timeZone) */
                    to?: string;
                    userId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                currency: string;
                                delivery: {
                                    date: string;
                                    endTime: string;
                                    slotId: string;
                                    startTime: string;
                                } | null;
                                discounts?: {
                                    /** Format: int64 */
                                    amount: number;
                                    code: string;
                                    promotionId: string;
                                }[];
                                /** Format: int64 */
                                discountTotal?: number;
                                events?: {
                                    actor: {
                                        id: string | null;
                                        type: string;
                                    };
                                    createdAt: string;
                                    from: string | null;
                                    id: string;
                                    note: string | null;
                                    to: string | null;
                                    type: string;
                                }[];
                                guestEmail?: string;
                                id: string;
                                items: {
                                    /**
                                     * Format: int64
                                     * @description this line’s share of the order’s discount
                                     */
                                    discount?: number;
                                    /** Format: int64 */
                                    lineTotal: number;
                                    options: {
                                        [key: string]: string;
                                    };
                                    productId: string;
                                    /** Format: int64 */
                                    quantity: number;
                                    /** Format: int64 */
                                    returnedQuantity?: number;
                                    sku: string;
                                    taxClass?: string;
                                    taxRate?: number;
                                    title: string;
                                    /** Format: int64 */
                                    unitPrice: number;
                                }[];
                                note: string;
                                /** Format: int64 */
                                number: number;
                                payment: {
                                    /** Format: int64 */
                                    amount: number;
                                    deadline: string | null;
                                    konbini?: {
                                        confirmationNumber: string;
                                        expiresAt: string;
                                        paymentNumber: string;
                                    };
                                    method: string;
                                    status: string;
                                };
                                /** Format: int64 */
                                pointsRedeemed: number;
                                /** Format: int64 */
                                refundedTotal?: number;
                                returns?: {
                                    createdAt: string;
                                    id: string;
                                    items: {
                                        /** Format: int64 */
                                        amount: number;
                                        /** Format: int64 */
                                        quantity: number;
                                        sku: string;
                                    }[];
                                    /**
                                     * Format: int64
                                     * @description refunded through the payment provider
                                     */
                                    moneyRefunded: number;
                                    note: string | null;
                                    orderId: string;
                                    /**
                                     * Format: int64
                                     * @description redeemed points given back to the balance
                                     */
                                    pointsReturned: number;
                                    /** Format: int64 */
                                    refundAmount: number;
                                    restock: boolean;
                                    /** Format: int64 */
                                    shippingAmount: number;
                                    taxes: {
                                        rate: number;
                                        /** Format: int64 */
                                        tax: number;
                                        /** Format: int64 */
                                        taxableAmount: number;
                                    }[];
                                }[];
                                shippingAddress: {
                                    city: string;
                                    line1: string;
                                    line2: string | null;
                                    name: string;
                                    phone: string;
                                    postalCode: string;
                                    prefecture: string;
                                };
                                /** Format: int64 */
                                shippingFee: number;
                                status: "pending" | "processing" | "completed" | "cancelled" | "refunded";
                                /** Format: int64 */
                                subtotal: number;
                                /** @description once per rate per order; taxableAmount in the price basis of the settings */
                                taxes?: {
                                    rate: number;
                                    /** Format: int64 */
                                    tax: number;
                                    /** Format: int64 */
                                    taxableAmount: number;
                                }[];
                                /** Format: int64 */
                                taxTotal?: number;
                                /** Format: int64 */
                                total: number;
                                updatedAt: string;
                                userId: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One order with its events */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            currency: string;
                            delivery: {
                                date: string;
                                endTime: string;
                                slotId: string;
                                startTime: string;
                            } | null;
                            discounts?: {
                                /** Format: int64 */
                                amount: number;
                                code: string;
                                promotionId: string;
                            }[];
                            /** Format: int64 */
                            discountTotal?: number;
                            events?: {
                                actor: {
                                    id: string | null;
                                    type: string;
                                };
                                createdAt: string;
                                from: string | null;
                                id: string;
                                note: string | null;
                                to: string | null;
                                type: string;
                            }[];
                            guestEmail?: string;
                            id: string;
                            items: {
                                /**
                                 * Format: int64
                                 * @description this line’s share of the order’s discount
                                 */
                                discount?: number;
                                /** Format: int64 */
                                lineTotal: number;
                                options: {
                                    [key: string]: string;
                                };
                                productId: string;
                                /** Format: int64 */
                                quantity: number;
                                /** Format: int64 */
                                returnedQuantity?: number;
                                sku: string;
                                taxClass?: string;
                                taxRate?: number;
                                title: string;
                                /** Format: int64 */
                                unitPrice: number;
                            }[];
                            note: string;
                            /** Format: int64 */
                            number: number;
                            payment: {
                                /** Format: int64 */
                                amount: number;
                                deadline: string | null;
                                konbini?: {
                                    confirmationNumber: string;
                                    expiresAt: string;
                                    paymentNumber: string;
                                };
                                method: string;
                                status: string;
                            };
                            /** Format: int64 */
                            pointsRedeemed: number;
                            /** Format: int64 */
                            refundedTotal?: number;
                            returns?: {
                                createdAt: string;
                                id: string;
                                items: {
                                    /** Format: int64 */
                                    amount: number;
                                    /** Format: int64 */
                                    quantity: number;
                                    sku: string;
                                }[];
                                /**
                                 * Format: int64
                                 * @description refunded through the payment provider
                                 */
                                moneyRefunded: number;
                                note: string | null;
                                orderId: string;
                                /**
                                 * Format: int64
                                 * @description redeemed points given back to the balance
                                 */
                                pointsReturned: number;
                                /** Format: int64 */
                                refundAmount: number;
                                restock: boolean;
                                /** Format: int64 */
                                shippingAmount: number;
                                taxes: {
                                    rate: number;
                                    /** Format: int64 */
                                    tax: number;
                                    /** Format: int64 */
                                    taxableAmount: number;
                                }[];
                            }[];
                            shippingAddress: {
                                city: string;
                                line1: string;
                                line2: string | null;
                                name: string;
                                phone: string;
                                postalCode: string;
                                prefecture: string;
                            };
                            /** Format: int64 */
                            shippingFee: number;
                            status: "pending" | "processing" | "completed" | "cancelled" | "refunded";
                            /** Format: int64 */
                            subtotal: number;
                            /** @description once per rate per order; taxableAmount in the price basis of the settings */
                            taxes?: {
                                rate: number;
                                /** Format: int64 */
                                tax: number;
                                /** Format: int64 */
                                taxableAmount: number;
                            }[];
                            /** Format: int64 */
                            taxTotal?: number;
                            /** Format: int64 */
                            total: number;
                            updatedAt: string;
                            userId: string;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an order (409 invalid_transition when the status forbids it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            currency: string;
                            delivery: {
                                date: string;
                                endTime: string;
                                slotId: string;
                                startTime: string;
                            } | null;
                            discounts?: {
                                /** Format: int64 */
                                amount: number;
                                code: string;
                                promotionId: string;
                            }[];
                            /** Format: int64 */
                            discountTotal?: number;
                            events?: {
                                actor: {
                                    id: string | null;
                                    type: string;
                                };
                                createdAt: string;
                                from: string | null;
                                id: string;
                                note: string | null;
                                to: string | null;
                                type: string;
                            }[];
                            guestEmail?: string;
                            id: string;
                            items: {
                                /**
                                 * Format: int64
                                 * @description this line’s share of the order’s discount
                                 */
                                discount?: number;
                                /** Format: int64 */
                                lineTotal: number;
                                options: {
                                    [key: string]: string;
                                };
                                productId: string;
                                /** Format: int64 */
                                quantity: number;
                                /** Format: int64 */
                                returnedQuantity?: number;
                                sku: string;
                                taxClass?: string;
                                taxRate?: number;
                                title: string;
                                /** Format: int64 */
                                unitPrice: number;
                            }[];
                            note: string;
                            /** Format: int64 */
                            number: number;
                            payment: {
                                /** Format: int64 */
                                amount: number;
                                deadline: string | null;
                                konbini?: {
                                    confirmationNumber: string;
                                    expiresAt: string;
                                    paymentNumber: string;
                                };
                                method: string;
                                status: string;
                            };
                            /** Format: int64 */
                            pointsRedeemed: number;
                            /** Format: int64 */
                            refundedTotal?: number;
                            returns?: {
                                createdAt: string;
                                id: string;
                                items: {
                                    /** Format: int64 */
                                    amount: number;
                                    /** Format: int64 */
                                    quantity: number;
                                    sku: string;
                                }[];
                                /**
                                 * Format: int64
                                 * @description refunded through the payment provider
                                 */
                                moneyRefunded: number;
                                note: string | null;
                                orderId: string;
                                /**
                                 * Format: int64
                                 * @description redeemed points given back to the balance
                                 */
                                pointsReturned: number;
                                /** Format: int64 */
                                refundAmount: number;
                                restock: boolean;
                                /** Format: int64 */
                                shippingAmount: number;
                                taxes: {
                                    rate: number;
                                    /** Format: int64 */
                                    tax: number;
                                    /** Format: int64 */
                                    taxableAmount: number;
                                }[];
                            }[];
                            shippingAddress: {
                                city: string;
                                line1: string;
                                line2: string | null;
                                name: string;
                                phone: string;
                                postalCode: string;
                                prefecture: string;
                            };
                            /** Format: int64 */
                            shippingFee: number;
                            status: "pending" | "processing" | "completed" | "cancelled" | "refunded";
                            /** Format: int64 */
                            subtotal: number;
                            /** @description once per rate per order; taxableAmount in the price basis of the settings */
                            taxes?: {
                                rate: number;
                                /** Format: int64 */
                                tax: number;
                                /** Format: int64 */
                                taxableAmount: number;
                            }[];
                            /** Format: int64 */
                            taxTotal?: number;
                            /** Format: int64 */
                            total: number;
                            updatedAt: string;
                            userId: string;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orders/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete an order (409 invalid_transition when the status forbids it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            currency: string;
                            delivery: {
                                date: string;
                                endTime: string;
                                slotId: string;
                                startTime: string;
                            } | null;
                            discounts?: {
                                /** Format: int64 */
                                amount: number;
                                code: string;
                                promotionId: string;
                            }[];
                            /** Format: int64 */
                            discountTotal?: number;
                            events?: {
                                actor: {
                                    id: string | null;
                                    type: string;
                                };
                                createdAt: string;
                                from: string | null;
                                id: string;
                                note: string | null;
                                to: string | null;
                                type: string;
                            }[];
                            guestEmail?: string;
                            id: string;
                            items: {
                                /**
                                 * Format: int64
                                 * @description this line’s share of the order’s discount
                                 */
                                discount?: number;
                                /** Format: int64 */
                                lineTotal: number;
                                options: {
                                    [key: string]: string;
                                };
                                productId: string;
                                /** Format: int64 */
                                quantity: number;
                                /** Format: int64 */
                                returnedQuantity?: number;
                                sku: string;
                                taxClass?: string;
                                taxRate?: number;
                                title: string;
                                /** Format: int64 */
                                unitPrice: number;
                            }[];
                            note: string;
                            /** Format: int64 */
                            number: number;
                            payment: {
                                /** Format: int64 */
                                amount: number;
                                deadline: string | null;
                                konbini?: {
                                    confirmationNumber: string;
                                    expiresAt: string;
                                    paymentNumber: string;
                                };
                                method: string;
                                status: string;
                            };
                            /** Format: int64 */
                            pointsRedeemed: number;
                            /** Format: int64 */
                            refundedTotal?: number;
                            returns?: {
                                createdAt: string;
                                id: string;
                                items: {
                                    /** Format: int64 */
                                    amount: number;
                                    /** Format: int64 */
                                    quantity: number;
                                    sku: string;
                                }[];
                                /**
                                 * Format: int64
                                 * @description refunded through the payment provider
                                 */
                                moneyRefunded: number;
                                note: string | null;
                                orderId: string;
                                /**
                                 * Format: int64
                                 * @description redeemed points given back to the balance
                                 */
                                pointsReturned: number;
                                /** Format: int64 */
                                refundAmount: number;
                                restock: boolean;
                                /** Format: int64 */
                                shippingAmount: number;
                                taxes: {
                                    rate: number;
                                    /** Format: int64 */
                                    tax: number;
                                    /** Format: int64 */
                                    taxableAmount: number;
                                }[];
                            }[];
                            shippingAddress: {
                                city: string;
                                line1: string;
                                line2: string | null;
                                name: string;
                                phone: string;
                                postalCode: string;
                                prefecture: string;
                            };
                            /** Format: int64 */
                            shippingFee: number;
                            status: "pending" | "processing" | "completed" | "cancelled" | "refunded";
                            /** Format: int64 */
                            subtotal: number;
                            /** @description once per rate per order; taxableAmount in the price basis of the settings */
                            taxes?: {
                                rate: number;
                                /** Format: int64 */
                                tax: number;
                                /** Format: int64 */
                                taxableAmount: number;
                            }[];
                            /** Format: int64 */
                            taxTotal?: number;
                            /** Format: int64 */
                            total: number;
                            updatedAt: string;
                            userId: string;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orders/{id}/invoice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The invoice / receipt of an order (HTML, or ?format=pdf) */
        get: {
            parameters: {
                query?: {
                    format?: "html" | "pdf";
                    lang?: "ja" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The invoice: printable HTML, or a PDF with the Japanese font embedded (?format=pdf) */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "text/html": string;
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orders/{id}/payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An order's payment, with its refunds */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: int64 */
                            amount: number;
                            deadline: string | null;
                            id: string;
                            konbini?: {
                                confirmationNumber: string;
                                expiresAt: string;
                                paymentNumber: string;
                            };
                            method: "konbini" | "cod" | "bank_transfer" | "points";
                            orderId: string;
                            refunds: {
                                /** Format: int64 */
                                amount: number;
                                createdAt: string;
                                id: string;
                                providerReference: string;
                                reason: string;
                            }[];
                            status: "pending" | "paid" | "refunded" | "cancelled";
                            userId: string;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orders/{id}/payments/capture": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a bank transfer or cash-on-delivery payment as paid */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            currency: string;
                            delivery: {
                                date: string;
                                endTime: string;
                                slotId: string;
                                startTime: string;
                            } | null;
                            discounts?: {
                                /** Format: int64 */
                                amount: number;
                                code: string;
                                promotionId: string;
                            }[];
                            /** Format: int64 */
                            discountTotal?: number;
                            events?: {
                                actor: {
                                    id: string | null;
                                    type: string;
                                };
                                createdAt: string;
                                from: string | null;
                                id: string;
                                note: string | null;
                                to: string | null;
                                type: string;
                            }[];
                            guestEmail?: string;
                            id: string;
                            items: {
                                /**
                                 * Format: int64
                                 * @description this line’s share of the order’s discount
                                 */
                                discount?: number;
                                /** Format: int64 */
                                lineTotal: number;
                                options: {
                                    [key: string]: string;
                                };
                                productId: string;
                                /** Format: int64 */
                                quantity: number;
                                /** Format: int64 */
                                returnedQuantity?: number;
                                sku: string;
                                taxClass?: string;
                                taxRate?: number;
                                title: string;
                                /** Format: int64 */
                                unitPrice: number;
                            }[];
                            note: string;
                            /** Format: int64 */
                            number: number;
                            payment: {
                                /** Format: int64 */
                                amount: number;
                                deadline: string | null;
                                konbini?: {
                                    confirmationNumber: string;
                                    expiresAt: string;
                                    paymentNumber: string;
                                };
                                method: string;
                                status: string;
                            };
                            /** Format: int64 */
                            pointsRedeemed: number;
                            /** Format: int64 */
                            refundedTotal?: number;
                            returns?: {
                                createdAt: string;
                                id: string;
                                items: {
                                    /** Format: int64 */
                                    amount: number;
                                    /** Format: int64 */
                                    quantity: number;
                                    sku: string;
                                }[];
                                /**
                                 * Format: int64
                                 * @description refunded through the payment provider
                                 */
                                moneyRefunded: number;
                                note: string | null;
                                orderId: string;
                                /**
                                 * Format: int64
                                 * @description redeemed points given back to the balance
                                 */
                                pointsReturned: number;
                                /** Format: int64 */
                                refundAmount: number;
                                restock: boolean;
                                /** Format: int64 */
                                shippingAmount: number;
                                taxes: {
                                    rate: number;
                                    /** Format: int64 */
                                    tax: number;
                                    /** Format: int64 */
                                    taxableAmount: number;
                                }[];
                            }[];
                            shippingAddress: {
                                city: string;
                                line1: string;
                                line2: string | null;
                                name: string;
                                phone: string;
                                postalCode: string;
                                prefecture: string;
                            };
                            /** Format: int64 */
                            shippingFee: number;
                            status: "pending" | "processing" | "completed" | "cancelled" | "refunded";
                            /** Format: int64 */
                            subtotal: number;
                            /** @description once per rate per order; taxableAmount in the price basis of the settings */
                            taxes?: {
                                rate: number;
                                /** Format: int64 */
                                tax: number;
                                /** Format: int64 */
                                taxableAmount: number;
                            }[];
                            /** Format: int64 */
                            taxTotal?: number;
                            /** Format: int64 */
                            total: number;
                            updatedAt: string;
                            userId: string;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orders/{id}/process": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Process an order (409 invalid_transition when the status forbids it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            currency: string;
                            delivery: {
                                date: string;
                                endTime: string;
                                slotId: string;
                                startTime: string;
                            } | null;
                            discounts?: {
                                /** Format: int64 */
                                amount: number;
                                code: string;
                                promotionId: string;
                            }[];
                            /** Format: int64 */
                            discountTotal?: number;
                            events?: {
                                actor: {
                                    id: string | null;
                                    type: string;
                                };
                                createdAt: string;
                                from: string | null;
                                id: string;
                                note: string | null;
                                to: string | null;
                                type: string;
                            }[];
                            guestEmail?: string;
                            id: string;
                            items: {
                                /**
                                 * Format: int64
                                 * @description this line’s share of the order’s discount
                                 */
                                discount?: number;
                                /** Format: int64 */
                                lineTotal: number;
                                options: {
                                    [key: string]: string;
                                };
                                productId: string;
                                /** Format: int64 */
                                quantity: number;
                                /** Format: int64 */
                                returnedQuantity?: number;
                                sku: string;
                                taxClass?: string;
                                taxRate?: number;
                                title: string;
                                /** Format: int64 */
                                unitPrice: number;
                            }[];
                            note: string;
                            /** Format: int64 */
                            number: number;
                            payment: {
                                /** Format: int64 */
                                amount: number;
                                deadline: string | null;
                                konbini?: {
                                    confirmationNumber: string;
                                    expiresAt: string;
                                    paymentNumber: string;
                                };
                                method: string;
                                status: string;
                            };
                            /** Format: int64 */
                            pointsRedeemed: number;
                            /** Format: int64 */
                            refundedTotal?: number;
                            returns?: {
                                createdAt: string;
                                id: string;
                                items: {
                                    /** Format: int64 */
                                    amount: number;
                                    /** Format: int64 */
                                    quantity: number;
                                    sku: string;
                                }[];
                                /**
                                 * Format: int64
                                 * @description refunded through the payment provider
                                 */
                                moneyRefunded: number;
                                note: string | null;
                                orderId: string;
                                /**
                                 * Format: int64
                                 * @description redeemed points given back to the balance
                                 */
                                pointsReturned: number;
                                /** Format: int64 */
                                refundAmount: number;
                                restock: boolean;
                                /** Format: int64 */
                                shippingAmount: number;
                                taxes: {
                                    rate: number;
                                    /** Format: int64 */
                                    tax: number;
                                    /** Format: int64 */
                                    taxableAmount: number;
                                }[];
                            }[];
                            shippingAddress: {
                                city: string;
                                line1: string;
                                line2: string | null;
                                name: string;
                                phone: string;
                                postalCode: string;
                                prefecture: string;
                            };
                            /** Format: int64 */
                            shippingFee: number;
                            status: "pending" | "processing" | "completed" | "cancelled" | "refunded";
                            /** Format: int64 */
                            subtotal: number;
                            /** @description once per rate per order; taxableAmount in the price basis of the settings */
                            taxes?: {
                                rate: number;
                                /** Format: int64 */
                                tax: number;
                                /** Format: int64 */
                                taxableAmount: number;
                            }[];
                            /** Format: int64 */
                            taxTotal?: number;
                            /** Format: int64 */
                            total: number;
                            updatedAt: string;
                            userId: string;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orders/{id}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refund a completed order; restock returns the goods to stock */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                        restock: boolean;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            currency: string;
                            delivery: {
                                date: string;
                                endTime: string;
                                slotId: string;
                                startTime: string;
                            } | null;
                            discounts?: {
                                /** Format: int64 */
                                amount: number;
                                code: string;
                                promotionId: string;
                            }[];
                            /** Format: int64 */
                            discountTotal?: number;
                            events?: {
                                actor: {
                                    id: string | null;
                                    type: string;
                                };
                                createdAt: string;
                                from: string | null;
                                id: string;
                                note: string | null;
                                to: string | null;
                                type: string;
                            }[];
                            guestEmail?: string;
                            id: string;
                            items: {
                                /**
                                 * Format: int64
                                 * @description this line’s share of the order’s discount
                                 */
                                discount?: number;
                                /** Format: int64 */
                                lineTotal: number;
                                options: {
                                    [key: string]: string;
                                };
                                productId: string;
                                /** Format: int64 */
                                quantity: number;
                                /** Format: int64 */
                                returnedQuantity?: number;
                                sku: string;
                                taxClass?: string;
                                taxRate?: number;
                                title: string;
                                /** Format: int64 */
                                unitPrice: number;
                            }[];
                            note: string;
                            /** Format: int64 */
                            number: number;
                            payment: {
                                /** Format: int64 */
                                amount: number;
                                deadline: string | null;
                                konbini?: {
                                    confirmationNumber: string;
                                    expiresAt: string;
                                    paymentNumber: string;
                                };
                                method: string;
                                status: string;
                            };
                            /** Format: int64 */
                            pointsRedeemed: number;
                            /** Format: int64 */
                            refundedTotal?: number;
                            returns?: {
                                createdAt: string;
                                id: string;
                                items: {
                                    /** Format: int64 */
                                    amount: number;
                                    /** Format: int64 */
                                    quantity: number;
                                    sku: string;
                                }[];
                                /**
                                 * Format: int64
                                 * @description refunded through the payment provider
                                 */
                                moneyRefunded: number;
                                note: string | null;
                                orderId: string;
                                /**
                                 * Format: int64
                                 * @description redeemed points given back to the balance
                                 */
                                pointsReturned: number;
                                /** Format: int64 */
                                refundAmount: number;
                                restock: boolean;
                                /** Format: int64 */
                                shippingAmount: number;
                                taxes: {
                                    rate: number;
                                    /** Format: int64 */
                                    tax: number;
                                    /** Format: int64 */
                                    taxableAmount: number;
                                }[];
                            }[];
                            shippingAddress: {
                                city: string;
                                line1: string;
                                line2: string | null;
                                name: string;
                                phone: string;
                                postalCode: string;
                                prefecture: string;
                            };
                            /** Format: int64 */
                            shippingFee: number;
                            status: "pending" | "processing" | "completed" | "cancelled" | "refunded";
                            /** Format: int64 */
                            subtotal: number;
                            /** @description once per rate per order; taxableAmount in the price basis of the settings */
                            taxes?: {
                                rate: number;
                                /** Format: int64 */
                                tax: number;
                                /** Format: int64 */
                                taxableAmount: number;
                            }[];
                            /** Format: int64 */
                            taxTotal?: number;
                            /** Format: int64 */
                            total: number;
                            updatedAt: string;
                            userId: string;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orders/{id}/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return some units of a completed order: partial refund through the payment provider, optional restock and shipping refund; the order is refunded once nothing is left */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            /** Format: int32 */
                            quantity: number;
                            sku: string;
                        }[];
                        note?: string | null;
                        refundShipping?: boolean;
                        restock: boolean;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            id: string;
                            items: {
                                /** Format: int64 */
                                amount: number;
                                /** Format: int64 */
                                quantity: number;
                                sku: string;
                            }[];
                            /**
                             * Format: int64
                             * @description refunded through the payment provider
                             */
                            moneyRefunded: number;
                            note: string | null;
                            orderId: string;
                            /**
                             * Format: int64
                             * @description redeemed points given back to the balance
                             */
                            pointsReturned: number;
                            /** Format: int64 */
                            refundAmount: number;
                            restock: boolean;
                            /** Format: int64 */
                            shippingAmount: number;
                            taxes: {
                                rate: number;
                                /** Format: int64 */
                                tax: number;
                                /** Format: int64 */
                                taxableAmount: number;
                            }[];
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orders/{id}/shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An order's shipments */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                carrier: string;
                                createdAt: string;
                                events: {
                                    createdAt: string;
                                    id: string;
                                    note: string | null;
                                    status: "created" | "in_transit" | "out_for_delivery" | "delivered";
                                }[];
                                id: string;
                                orderId: string;
                                status: "created" | "in_transit" | "out_for_delivery" | "delivered";
                                trackingNumber: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Ship an order: carrier and tracking number */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        carrier: string;
                        trackingNumber: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            carrier: string;
                            createdAt: string;
                            events: {
                                createdAt: string;
                                id: string;
                                note: string | null;
                                status: "created" | "in_transit" | "out_for_delivery" | "delivered";
                            }[];
                            id: string;
                            orderId: string;
                            status: "created" | "in_transit" | "out_for_delivery" | "delivered";
                            trackingNumber: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orders/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered order list as CSV, one row per order line (cells a spreadsheet would run as formulas are neutralised) */
        get: {
            parameters: {
                query?: {
                    /** @description a date in the store time zone (settings.timeZone) */
                    from?: string;
                    number?: number;
                    paymentStatus?: "pending" | "paid" | "refunded" | "cancelled";
                    /** @description order number, customer email or name (or the shipping name), or a SKU in the order */
                    q?: string;
                    status?: "pending" | "processing" | "completed" | "cancelled" | "refunded";
                    /** @description a date in the store time zone (settings.timeZone) */
                    to?: string;
                    userId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Orders as CSV */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Names and emails for user ids (customers, staff, admins), for screens that show who did something */
        get: {
            parameters: {
                query: {
                    ids: string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                email: string;
                                id: string;
                                name: string;
                                role: string;
                            }[];
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/points/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's points balance and ledger */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: int64 */
                            balance: number;
                            entries: {
                                createdAt: string;
                                /** Format: int64 */
                                delta: number;
                                id: string;
                                note?: string;
                                orderId?: string;
                                /** @description redeemed | redemption_returned | earned | earned_reversed | adjustment */
                                reason: string;
                                /**
                                 * Format: int64
                                 * @description Points a reversal could not take back because they were already spent
                                 */
                                shortfall?: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/points/{id}/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant or remove a customer's points by hand (audited; never below zero) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: int32 */
                        delta: number;
                        note: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: int64 */
                            balance: number;
                            entry: {
                                createdAt: string;
                                /** Format: int64 */
                                delta: number;
                                id: string;
                                note?: string;
                                orderId?: string;
                                /** @description redeemed | redemption_returned | earned | earned_reversed | adjustment */
                                reason: string;
                                /**
                                 * Format: int64
                                 * @description Points a reversal could not take back because they were already spent
                                 */
                                shortfall?: number;
                            };
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List products (working copies), newest first unless `sort` says otherwise */
        get: {
            parameters: {
                query?: {
                    categoryId?: string;
                    cursor?: string;
                    limit?: number;
                    q?: string;
                    /** @description `updated`, `title`, `price` (lowest variant price) or `stock` (units available across the variants); prefix `-` for descending. Without it: newest first. */
                    sort?: "updated" | "-updated" | "title" | "-title" | "price" | "-price" | "stock" | "-stock";
                    status?: "draft" | "published" | "archived";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attributes: {
                                    [key: string]: string | number | boolean;
                                };
                                categoryId: string | null;
                                createdAt: string;
                                description: string;
                                hasUnpublishedChanges: boolean;
                                id: string;
                                images: {
                                    alt: string;
                                    /** Format: int64 */
                                    height: number;
                                    id: string;
                                    options: {
                                        [key: string]: string;
                                    };
                                    srcset: string;
                                    thumbUrl: string;
                                    url: string;
                                    /** Format: int64 */
                                    width: number;
                                }[];
                                publishedAt: string | null;
                                slug: string;
                                status: "draft" | "published" | "archived";
                                tags: string[];
                                /** @description consumption-tax class: standard 10 %, reduced 8 %, or exempt */
                                taxClass: "standard" | "reduced" | "exempt";
                                title: string;
                                updatedAt: string;
                                variants: {
                                    compareAtPrice: number | null;
                                    id: string;
                                    options: {
                                        [key: string]: string;
                                    };
                                    /** Format: int64 */
                                    price: number;
                                    sku: string;
                                    weightGrams: number | null;
                                }[];
                                /** Format: int64 */
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a draft product with its variants */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        attributes?: {
                            [key: string]: string | number | boolean;
                        };
                        categoryId?: string | null;
                        description?: string;
                        /** @description lower-case letters, digits and single hyphens */
                        slug?: string;
                        tags?: string[];
                        /** @description consumption-tax class: standard 10 %, reduced 8 %, or exempt */
                        taxClass?: "standard" | "reduced" | "exempt";
                        title: string;
                        variants: {
                            compareAtPrice?: number | null;
                            options?: {
                                [key: string]: string;
                            };
                            /**
                             * Format: int32
                             * @description minor units of the store currency
                             */
                            price: number;
                            sku: string;
                            weightGrams?: number | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attributes: {
                                [key: string]: string | number | boolean;
                            };
                            categoryId: string | null;
                            createdAt: string;
                            description: string;
                            hasUnpublishedChanges: boolean;
                            id: string;
                            images: {
                                alt: string;
                                /** Format: int64 */
                                height: number;
                                id: string;
                                options: {
                                    [key: string]: string;
                                };
                                srcset: string;
                                thumbUrl: string;
                                url: string;
                                /** Format: int64 */
                                width: number;
                            }[];
                            publishedAt: string | null;
                            slug: string;
                            status: "draft" | "published" | "archived";
                            tags: string[];
                            /** @description consumption-tax class: standard 10 %, reduced 8 %, or exempt */
                            taxClass: "standard" | "reduced" | "exempt";
                            title: string;
                            updatedAt: string;
                            variants: {
                                compareAtPrice: number | null;
                                id: string;
                                options: {
                                    [key: string]: string;
                                };
                                /** Format: int64 */
                                price: number;
                                sku: string;
                                weightGrams: number | null;
                            }[];
                            /** Format: int64 */
                            version: number;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One product (ETag carries its version) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attributes: {
                                [key: string]: string | number | boolean;
                            };
                            categoryId: string | null;
                            createdAt: string;
                            description: string;
                            hasUnpublishedChanges: boolean;
                            id: string;
                            images: {
                                alt: string;
                                /** Format: int64 */
                                height: number;
                                id: string;
                                options: {
                                    [key: string]: string;
                                };
                                srcset: string;
                                thumbUrl: string;
                                url: string;
                                /** Format: int64 */
                                width: number;
                            }[];
                            publishedAt: string | null;
                            slug: string;
                            status: "draft" | "published" | "archived";
                            tags: string[];
                            /** @description consumption-tax class: standard 10 %, reduced 8 %, or exempt */
                            taxClass: "standard" | "reduced" | "exempt";
                            title: string;
                            updatedAt: string;
                            variants: {
                                compareAtPrice: number | null;
                                id: string;
                                options: {
                                    [key: string]: string;
                                };
                                /** Format: int64 */
                                price: number;
                                sku: string;
                                weightGrams: number | null;
                            }[];
                            /** Format: int64 */
                            version: number;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a product (409 once it is in an order: archive it instead) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a product (If-Match honoured); the storefront sees it after the next publish */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        attributes?: {
                            [key: string]: string | number | boolean;
                        };
                        categoryId?: string | null;
                        description?: string;
                        /** @description lower-case letters, digits and single hyphens */
                        slug?: string;
                        tags?: string[];
                        /** @description consumption-tax class: standard 10 %, reduced 8 %, or exempt */
                        taxClass?: "standard" | "reduced" | "exempt";
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attributes: {
                                [key: string]: string | number | boolean;
                            };
                            categoryId: string | null;
                            createdAt: string;
                            description: string;
                            hasUnpublishedChanges: boolean;
                            id: string;
                            images: {
                                alt: string;
                                /** Format: int64 */
                                height: number;
                                id: string;
                                options: {
                                    [key: string]: string;
                                };
                                srcset: string;
                                thumbUrl: string;
                                url: string;
                                /** Format: int64 */
                                width: number;
                            }[];
                            publishedAt: string | null;
                            slug: string;
                            status: "draft" | "published" | "archived";
                            tags: string[];
                            /** @description consumption-tax class: standard 10 %, reduced 8 %, or exempt */
                            taxClass: "standard" | "reduced" | "exempt";
                            title: string;
                            updatedAt: string;
                            variants: {
                                compareAtPrice: number | null;
                                id: string;
                                options: {
                                    [key: string]: string;
                                };
                                /** Format: int64 */
                                price: number;
                                sku: string;
                                weightGrams: number | null;
                            }[];
                            /** Format: int64 */
                            version: number;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/admin/products/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive: published → archived */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attributes: {
                                [key: string]: string | number | boolean;
                            };
                            categoryId: string | null;
                            createdAt: string;
                            description: string;
                            hasUnpublishedChanges: boolean;
                            id: string;
                            images: {
                                alt: string;
                                /** Format: int64 */
                                height: number;
                                id: string;
                                options: {
                                    [key: string]: string;
                                };
                                srcset: string;
                                thumbUrl: string;
                                url: string;
                                /** Format: int64 */
                                width: number;
                            }[];
                            publishedAt: string | null;
                            slug: string;
                            status: "draft" | "published" | "archived";
                            tags: string[];
                            /** @description consumption-tax class: standard 10 %, reduced 8 %, or exempt */
                            taxClass: "standard" | "reduced" | "exempt";
                            title: string;
                            updatedAt: string;
                            variants: {
                                compareAtPrice: number | null;
                                id: string;
                                options: {
                                    [key: string]: string;
                                };
                                /** Format: int64 */
                                price: number;
                                sku: string;
                                weightGrams: number | null;
                            }[];
                            /** Format: int64 */
                            version: number;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/products/{id}/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload an image (multipart field `file`, optional field `alt`; JPEG, PNG or WebP up to 10 MiB) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alt: string;
                            /** Format: int64 */
                            height: number;
                            id: string;
                            options: {
                                [key: string]: string;
                            };
                            srcset: string;
                            thumbUrl: string;
                            url: string;
                            /** Format: int64 */
                            width: number;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/products/{id}/images/{imageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an image from a product */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    imageId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an image: alt text, position in the order (0 = first), option values it shows (e.g. { color: "red" }); answers the product */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    imageId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        alt?: string;
                        options?: {
                            [key: string]: string;
                        };
                        /** Format: int32 */
                        position?: number;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attributes: {
                                [key: string]: string | number | boolean;
                            };
                            categoryId: string | null;
                            createdAt: string;
                            description: string;
                            hasUnpublishedChanges: boolean;
                            id: string;
                            images: {
                                alt: string;
                                /** Format: int64 */
                                height: number;
                                id: string;
                                options: {
                                    [key: string]: string;
                                };
                                srcset: string;
                                thumbUrl: string;
                                url: string;
                                /** Format: int64 */
                                width: number;
                            }[];
                            publishedAt: string | null;
                            slug: string;
                            status: "draft" | "published" | "archived";
                            tags: string[];
                            /** @description consumption-tax class: standard 10 %, reduced 8 %, or exempt */
                            taxClass: "standard" | "reduced" | "exempt";
                            title: string;
                            updatedAt: string;
                            variants: {
                                compareAtPrice: number | null;
                                id: string;
                                options: {
                                    [key: string]: string;
                                };
                                /** Format: int64 */
                                price: number;
                                sku: string;
                                weightGrams: number | null;
                            }[];
                            /** Format: int64 */
                            version: number;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/admin/products/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish: snapshot the working copy for the storefront (again, if already published) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attributes: {
                                [key: string]: string | number | boolean;
                            };
                            categoryId: string | null;
                            createdAt: string;
                            description: string;
                            hasUnpublishedChanges: boolean;
                            id: string;
                            images: {
                                alt: string;
                                /** Format: int64 */
                                height: number;
                                id: string;
                                options: {
                                    [key: string]: string;
                                };
                                srcset: string;
                                thumbUrl: string;
                                url: string;
                                /** Format: int64 */
                                width: number;
                            }[];
                            publishedAt: string | null;
                            slug: string;
                            status: "draft" | "published" | "archived";
                            tags: string[];
                            /** @description consumption-tax class: standard 10 %, reduced 8 %, or exempt */
                            taxClass: "standard" | "reduced" | "exempt";
                            title: string;
                            updatedAt: string;
                            variants: {
                                compareAtPrice: number | null;
                                id: string;
                                options: {
                                    [key: string]: string;
                                };
                                /** Format: int64 */
                                price: number;
                                sku: string;
                                weightGrams: number | null;
                            }[];
                            /** Format: int64 */
                            version: number;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/products/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore: archived → draft */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attributes: {
                                [key: string]: string | number | boolean;
                            };
                            categoryId: string | null;
                            createdAt: string;
                            description: string;
                            hasUnpublishedChanges: boolean;
                            id: string;
                            images: {
                                alt: string;
                                /** Format: int64 */
                                height: number;
                                id: string;
                                options: {
                                    [key: string]: string;
                                };
                                srcset: string;
                                thumbUrl: string;
                                url: string;
                                /** Format: int64 */
                                width: number;
                            }[];
                            publishedAt: string | null;
                            slug: string;
                            status: "draft" | "published" | "archived";
                            tags: string[];
                            /** @description consumption-tax class: standard 10 %, reduced 8 %, or exempt */
                            taxClass: "standard" | "reduced" | "exempt";
                            title: string;
                            updatedAt: string;
                            variants: {
                                compareAtPrice: number | null;
                                id: string;
                                options: {
                                    [key: string]: string;
                                };
                                /** Format: int64 */
                                price: number;
                                sku: string;
                                weightGrams: number | null;
                            }[];
                            /** Format: int64 */
                            version: number;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/products/{id}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unpublish: published → draft; the storefront answers 404 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attributes: {
                                [key: string]: string | number | boolean;
                            };
                            categoryId: string | null;
                            createdAt: string;
                            description: string;
                            hasUnpublishedChanges: boolean;
                            id: string;
                            images: {
                                alt: string;
                                /** Format: int64 */
                                height: number;
                                id: string;
                                options: {
                                    [key: string]: string;
                                };
                                srcset: string;
                                thumbUrl: string;
                                url: string;
                                /** Format: int64 */
                                width: number;
                            }[];
                            publishedAt: string | null;
                            slug: string;
                            status: "draft" | "published" | "archived";
                            tags: string[];
                            /** @description consumption-tax class: standard 10 %, reduced 8 %, or exempt */
                            taxClass: "standard" | "reduced" | "exempt";
                            title: string;
                            updatedAt: string;
                            variants: {
                                compareAtPrice: number | null;
                                id: string;
                                options: {
                                    [key: string]: string;
                                };
                                /** Format: int64 */
                                price: number;
                                sku: string;
                                weightGrams: number | null;
                            }[];
                            /** Format: int64 */
                            version: number;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/products/{id}/variants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a variant; answers the product */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        compareAtPrice?: number | null;
                        options?: {
                            [key: string]: string;
                        };
                        /**
                         * Format: int32
                         * @description minor units of the store currency
                         */
                        price: number;
                        sku: string;
                        weightGrams?: number | null;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attributes: {
                                [key: string]: string | number | boolean;
                            };
                            categoryId: string | null;
                            createdAt: string;
                            description: string;
                            hasUnpublishedChanges: boolean;
                            id: string;
                            images: {
                                alt: string;
                                /** Format: int64 */
                                height: number;
                                id: string;
                                options: {
                                    [key: string]: string;
                                };
                                srcset: string;
                                thumbUrl: string;
                                url: string;
                                /** Format: int64 */
                                width: number;
                            }[];
                            publishedAt: string | null;
                            slug: string;
                            status: "draft" | "published" | "archived";
                            tags: string[];
                            /** @description consumption-tax class: standard 10 %, reduced 8 %, or exempt */
                            taxClass: "standard" | "reduced" | "exempt";
                            title: string;
                            updatedAt: string;
                            variants: {
                                compareAtPrice: number | null;
                                id: string;
                                options: {
                                    [key: string]: string;
                                };
                                /** Format: int64 */
                                price: number;
                                sku: string;
                                weightGrams: number | null;
                            }[];
                            /** Format: int64 */
                            version: number;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/products/{id}/variants/{variantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a variant (not the last one) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    variantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a variant; answers the product */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    variantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        compareAtPrice?: number | null;
                        options?: {
                            [key: string]: string;
                        };
                        /**
                         * Format: int32
                         * @description minor units of the store currency
                         */
                        price?: number;
                        sku?: string;
                        weightGrams?: number | null;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attributes: {
                                [key: string]: string | number | boolean;
                            };
                            categoryId: string | null;
                            createdAt: string;
                            description: string;
                            hasUnpublishedChanges: boolean;
                            id: string;
                            images: {
                                alt: string;
                                /** Format: int64 */
                                height: number;
                                id: string;
                                options: {
                                    [key: string]: string;
                                };
                                srcset: string;
                                thumbUrl: string;
                                url: string;
                                /** Format: int64 */
                                width: number;
                            }[];
                            publishedAt: string | null;
                            slug: string;
                            status: "draft" | "published" | "archived";
                            tags: string[];
                            /** @description consumption-tax class: standard 10 %, reduced 8 %, or exempt */
                            taxClass: "standard" | "reduced" | "exempt";
                            title: string;
                            updatedAt: string;
                            variants: {
                                compareAtPrice: number | null;
                                id: string;
                                options: {
                                    [key: string]: string;
                                };
                                /** Format: int64 */
                                price: number;
                                sku: string;
                                weightGrams: number | null;
                            }[];
                            /** Format: int64 */
                            version: number;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/admin/products/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the catalog as CSV, one row per variant (the import format) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The catalog as CSV */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/products/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import products from CSV (text/csv, UTF-8 with or without BOM, or Shift_JIS): upsert by SKU, one row per variant; a product applies whole or not at all. Over 1,000 rows → 202 and a job (GET /v1/admin/imports/:id); over 100,000 rows → 413 */
        post: {
            parameters: {
                query?: {
                    /** @description Detected when absent */
                    encoding?: "utf-8" | "shift_jis";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "text/csv": string;
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: int64 */
                            created: number;
                            errors: {
                                column?: string;
                                /** Format: int64 */
                                line: number;
                                message: string;
                            }[];
                            /** Format: int64 */
                            unchanged: number;
                            /** Format: int64 */
                            updated: number;
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "running";
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/promotions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Promotions, newest first, with how often each was used */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                categoryIds: string[];
                                code: string;
                                createdAt: string;
                                description: string;
                                endsAt: string | null;
                                id: string;
                                minSubtotal: number | null;
                                perCustomerLimit: number | null;
                                productIds: string[];
                                startsAt: string | null;
                                /** Format: int64 */
                                timesUsed: number;
                                type: string;
                                updatedAt: string;
                                usageLimit: number | null;
                                /** Format: int64 */
                                value: number;
                                /** Format: int64 */
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a promotion (coupon code; 409 conflict when the code exists in any case) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active: boolean;
                        categoryIds?: string[];
                        /** @description unique case-insensitively */
                        code: string;
                        description?: string;
                        endsAt?: string | null;
                        minSubtotal?: number | null;
                        perCustomerLimit?: number | null;
                        productIds?: string[];
                        startsAt?: string | null;
                        type: "percentage" | "fixed" | "free_shipping";
                        usageLimit?: number | null;
                        /**
                         * Format: int32
                         * @description percentage: 1–100; fixed: an amount; free_shipping: ignored (0)
                         */
                        value: number;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            categoryIds: string[];
                            code: string;
                            createdAt: string;
                            description: string;
                            endsAt: string | null;
                            id: string;
                            minSubtotal: number | null;
                            perCustomerLimit: number | null;
                            productIds: string[];
                            startsAt: string | null;
                            /** Format: int64 */
                            timesUsed: number;
                            type: string;
                            updatedAt: string;
                            usageLimit: number | null;
                            /** Format: int64 */
                            value: number;
                            /** Format: int64 */
                            version: number;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/promotions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One promotion (ETag carries its version) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            categoryIds: string[];
                            code: string;
                            createdAt: string;
                            description: string;
                            endsAt: string | null;
                            id: string;
                            minSubtotal: number | null;
                            perCustomerLimit: number | null;
                            productIds: string[];
                            startsAt: string | null;
                            /** Format: int64 */
                            timesUsed: number;
                            type: string;
                            updatedAt: string;
                            usageLimit: number | null;
                            /** Format: int64 */
                            value: number;
                            /** Format: int64 */
                            version: number;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete an unused promotion (a used one → 409: pause it instead) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change or pause (active: false) a promotion; If-Match honoured */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        categoryIds?: string[];
                        /** @description unique case-insensitively */
                        code?: string;
                        description?: string;
                        endsAt?: string | null;
                        minSubtotal?: number | null;
                        perCustomerLimit?: number | null;
                        productIds?: string[];
                        startsAt?: string | null;
                        type?: "percentage" | "fixed" | "free_shipping";
                        usageLimit?: number | null;
                        /**
                         * Format: int32
                         * @description percentage: 1–100; fixed: an amount; free_shipping: ignored (0)
                         */
                        value?: number;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            categoryIds: string[];
                            code: string;
                            createdAt: string;
                            description: string;
                            endsAt: string | null;
                            id: string;
                            minSubtotal: number | null;
                            perCustomerLimit: number | null;
                            productIds: string[];
                            startsAt: string | null;
                            /** Format: int64 */
                            timesUsed: number;
                            type: string;
                            updatedAt: string;
                            usageLimit: number | null;
                            /** Format: int64 */
                            value: number;
                            /** Format: int64 */
                            version: number;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/admin/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Store settings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bankAccount: {
                                accountHolder: string;
                                accountNumber: string;
                                accountType: "ordinary" | "checking" | "savings";
                                bankName: string;
                                branchName: string;
                            };
                            currency: string;
                            defaultLocale: "ja" | "en";
                            freeShippingThreshold: number | null;
                            /** Format: int32 */
                            konbiniExpiryHours: number;
                            /** Format: int32 */
                            lowStockThreshold: number;
                            pointsEarnRate: number;
                            pricesIncludeTax: boolean;
                            /** Format: int32 */
                            reservationTtlMinutes: number;
                            seller: {
                                address: string;
                                email: string;
                                invoiceRegistrationNumber: string | null;
                                name: string;
                                phone: string;
                            };
                            /** Format: int32 */
                            shippingFee: number;
                            storeName: string;
                            taxRates: {
                                reduced: number;
                                standard: number;
                            };
                            taxRounding: "floor" | "round" | "ceil";
                            timeZone: string;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change store settings (audited). currency: an ISO 4217 code; changing it while products exist is 409 conflict unless confirmRepricing is true */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bankAccount?: {
                            accountHolder: string;
                            accountNumber: string;
                            accountType: "ordinary" | "checking" | "savings";
                            bankName: string;
                            branchName: string;
                        };
                        /** @description required to change the currency while products exist: prices keep their numbers */
                        confirmRepricing?: boolean;
                        currency?: string;
                        defaultLocale?: "ja" | "en";
                        freeShippingThreshold?: number | null;
                        /** Format: int32 */
                        konbiniExpiryHours?: number;
                        /** Format: int32 */
                        lowStockThreshold?: number;
                        pointsEarnRate?: number;
                        pricesIncludeTax?: boolean;
                        /** Format: int32 */
                        reservationTtlMinutes?: number;
                        seller?: {
                            address: string;
                            email: string;
                            invoiceRegistrationNumber: string | null;
                            name: string;
                            phone: string;
                        };
                        /** Format: int32 */
                        shippingFee?: number;
                        storeName?: string;
                        taxRates?: {
                            reduced: number;
                            standard: number;
                        };
                        taxRounding?: "floor" | "round" | "ceil";
                        timeZone?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bankAccount: {
                                accountHolder: string;
                                accountNumber: string;
                                accountType: "ordinary" | "checking" | "savings";
                                bankName: string;
                                branchName: string;
                            };
                            currency: string;
                            defaultLocale: "ja" | "en";
                            freeShippingThreshold: number | null;
                            /** Format: int32 */
                            konbiniExpiryHours: number;
                            /** Format: int32 */
                            lowStockThreshold: number;
                            pointsEarnRate: number;
                            pricesIncludeTax: boolean;
                            /** Format: int32 */
                            reservationTtlMinutes: number;
                            seller: {
                                address: string;
                                email: string;
                                invoiceRegistrationNumber: string | null;
                                name: string;
                                phone: string;
                            };
                            /** Format: int32 */
                            shippingFee: number;
                            storeName: string;
                            taxRates: {
                                reduced: number;
                                standard: number;
                            };
                            taxRounding: "floor" | "round" | "ceil";
                            timeZone: string;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/admin/shipments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One shipment with its tracking events */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            carrier: string;
                            createdAt: string;
                            events: {
                                createdAt: string;
                                id: string;
                                note: string | null;
                                status: "created" | "in_transit" | "out_for_delivery" | "delivered";
                            }[];
                            id: string;
                            orderId: string;
                            status: "created" | "in_transit" | "out_for_delivery" | "delivered";
                            trackingNumber: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/shipments/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a tracking event (in_transit, out_for_delivery, delivered) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        status: "in_transit" | "out_for_delivery" | "delivered";
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            carrier: string;
                            createdAt: string;
                            events: {
                                createdAt: string;
                                id: string;
                                note: string | null;
                                status: "created" | "in_transit" | "out_for_delivery" | "delivered";
                            }[];
                            id: string;
                            orderId: string;
                            status: "created" | "in_transit" | "out_for_delivery" | "delivered";
                            trackingNumber: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    q?: string;
                    role?: "customer" | "staff" | "admin";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                email: string;
                                id: string;
                                isActive: boolean;
                                name: string;
                                role: "customer" | "staff" | "admin";
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            email: string;
                            id: string;
                            isActive: boolean;
                            name: string;
                            role: "customer" | "staff" | "admin";
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change role or deactivate (revokes sessions at once) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        isActive?: boolean;
                        role?: "customer" | "staff" | "admin";
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            email: string;
                            id: string;
                            isActive: boolean;
                            name: string;
                            role: "customer" | "staff" | "admin";
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/admin/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhook endpoints */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                description: string | null;
                                disabledReason: string | null;
                                enabled: boolean;
                                events: string[];
                                id: string;
                                updatedAt: string;
                                url: string;
                                /** @description Events while the endpoint is disabled: skip (never delivered) or keep (sent in order once it is enabled again); default skip */
                                whileDisabled: "skip" | "keep";
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a webhook endpoint (the signing secret is shown only in this answer) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string | null;
                        events: string[];
                        /** @description https URL resolving to a public address (http and private addresses only with WEBHOOK_ALLOW_PRIVATE=1) */
                        url: string;
                        /** @description Events while the endpoint is disabled: skip (never delivered) or keep (sent in order once it is enabled again); default skip */
                        whileDisabled?: "skip" | "keep";
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            description: string | null;
                            disabledReason: string | null;
                            enabled: boolean;
                            events: string[];
                            id: string;
                            updatedAt: string;
                            url: string;
                            /** @description Events while the endpoint is disabled: skip (never delivered) or keep (sent in order once it is enabled again); default skip */
                            whileDisabled: "skip" | "keep";
                        } & {
                            /** @description whsec_<base64>; shown only here */
                            secret: string;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One webhook endpoint */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            description: string | null;
                            disabledReason: string | null;
                            enabled: boolean;
                            events: string[];
                            id: string;
                            updatedAt: string;
                            url: string;
                            /** @description Events while the endpoint is disabled: skip (never delivered) or keep (sent in order once it is enabled again); default skip */
                            whileDisabled: "skip" | "keep";
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete an endpoint and its delivery log */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an endpoint; enabling it again sends the deliveries that waited (and, with whileDisabled keep, the events kept meanwhile, in order) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string | null;
                        enabled?: boolean;
                        events?: string[];
                        /** @description https URL resolving to a public address (http and private addresses only with WEBHOOK_ALLOW_PRIVATE=1) */
                        url?: string;
                        /** @description Events while the endpoint is disabled: skip (never delivered) or keep (sent in order once it is enabled again); default skip */
                        whileDisabled?: "skip" | "keep";
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            description: string | null;
                            disabledReason: string | null;
                            enabled: boolean;
                            events: string[];
                            id: string;
                            updatedAt: string;
                            url: string;
                            /** @description Events while the endpoint is disabled: skip (never delivered) or keep (sent in order once it is enabled again); default skip */
                            whileDisabled: "skip" | "keep";
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/admin/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delivery log of an endpoint, newest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    status?: "pending" | "succeeded" | "failed";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: int64 */
                                attempts: number;
                                createdAt: string;
                                eventId: string;
                                eventType: string;
                                id: string;
                                lastError: string | null;
                                lastStatusCode: number | null;
                                nextAttemptAt: string | null;
                                status: "pending" | "succeeded" | "failed";
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/{id}/deliveries/{deliveryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One delivery with every attempt */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    deliveryId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: int64 */
                            attempts: number;
                            createdAt: string;
                            eventId: string;
                            eventType: string;
                            id: string;
                            lastError: string | null;
                            lastStatusCode: number | null;
                            nextAttemptAt: string | null;
                            status: "pending" | "succeeded" | "failed";
                        } & {
                            attemptLog: {
                                /** Format: int64 */
                                attempt: number;
                                /** Format: int64 */
                                durationMs: number;
                                error: string | null;
                                startedAt: string;
                                statusCode: number | null;
                                succeeded: boolean;
                            }[];
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/{id}/deliveries/{deliveryId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attempt a pending or failed delivery again now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    deliveryId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: int64 */
                            attempts: number;
                            createdAt: string;
                            eventId: string;
                            eventType: string;
                            id: string;
                            lastError: string | null;
                            lastStatusCode: number | null;
                            nextAttemptAt: string | null;
                            status: "pending" | "succeeded" | "failed";
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a webhook.test event to the endpoint now (one attempt, logged) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: int64 */
                            attempts: number;
                            createdAt: string;
                            eventId: string;
                            eventType: string;
                            id: string;
                            lastError: string | null;
                            lastStatusCode: number | null;
                            nextAttemptAt: string | null;
                            status: "pending" | "succeeded" | "failed";
                        } & {
                            attemptLog: {
                                /** Format: int64 */
                                attempt: number;
                                /** Format: int64 */
                                durationMs: number;
                                error: string | null;
                                startedAt: string;
                                statusCode: number | null;
                                succeeded: boolean;
                            }[];
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in (failures limited per email+IP, per email and per IP → 429) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Browsers: keep the refresh token in an HttpOnly cookie instead of the body */
                    "x-refresh-cookie"?: "1";
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessToken: string;
                            /** Format: int32 */
                            expiresIn: number;
                            /** @description Left out when the client asked for the HttpOnly cookie (X-Refresh-Cookie: 1) */
                            refreshToken?: string;
                            user: {
                                createdAt: string;
                                email: string;
                                id: string;
                                isActive: boolean;
                                name: string;
                                role: "customer" | "staff" | "admin";
                            };
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a sign-in: the one of the refresh token in the body, else the one of the bearer access token (its access tokens stop working at once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        refreshToken?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/password/forgot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a password reset link (202 whether or not the email has an account; 5 per email per hour) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "accepted";
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with a reset token (single use, 30 minutes); ends every session (400 invalid_token) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate a refresh token for a new pair: from the body (API clients) or the HttpOnly cookie (browsers, with x-inventra-csrf: 1) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Browsers: keep the refresh token in an HttpOnly cookie instead of the body */
                    "x-refresh-cookie"?: "1";
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        refreshToken?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessToken: string;
                            /** Format: int32 */
                            expiresIn: number;
                            /** @description Left out when the client asked for the HttpOnly cookie (X-Refresh-Cookie: 1) */
                            refreshToken?: string;
                            user: {
                                createdAt: string;
                                email: string;
                                id: string;
                                isActive: boolean;
                                name: string;
                                role: "customer" | "staff" | "admin";
                            };
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a customer account (limited per IP: SIGNUP_LIMIT_PER_HOUR; guessable passwords → 400 weak_password) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Browsers: keep the refresh token in an HttpOnly cookie instead of the body */
                    "x-refresh-cookie"?: "1";
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        name: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessToken: string;
                            /** Format: int32 */
                            expiresIn: number;
                            /** @description Left out when the client asked for the HttpOnly cookie (X-Refresh-Cookie: 1) */
                            refreshToken?: string;
                            user: {
                                createdAt: string;
                                email: string;
                                id: string;
                                isActive: boolean;
                                name: string;
                                role: "customer" | "staff" | "admin";
                            };
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            email: string;
                            id: string;
                            locale: "ja" | "en";
                            name: string;
                            role: "customer" | "staff" | "admin";
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change name, email language (locale; null: the store default) or password (password needs currentPassword) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword?: string;
                        locale?: ("ja" | "en") | null;
                        name?: string;
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            email: string;
                            id: string;
                            locale: "ja" | "en";
                            name: string;
                            role: "customer" | "staff" | "admin";
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/me/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My addresses */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                city: string;
                                id: string;
                                isDefault: boolean;
                                line1: string;
                                line2: string | null;
                                name: string;
                                nameKana: string | null;
                                phone: string;
                                postalCode: string;
                                prefecture: string;
                            }[];
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add an address */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        city: string;
                        isDefault?: boolean;
                        line1: string;
                        line2?: string | null;
                        name: string;
                        nameKana?: string | null;
                        phone: string;
                        postalCode: string;
                        prefecture: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            city: string;
                            id: string;
                            isDefault: boolean;
                            line1: string;
                            line2: string | null;
                            name: string;
                            nameKana: string | null;
                            phone: string;
                            postalCode: string;
                            prefecture: string;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/addresses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an address */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an address */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        city?: string;
                        isDefault?: boolean;
                        line1?: string;
                        line2?: string | null;
                        name?: string;
                        nameKana?: string | null;
                        phone?: string;
                        postalCode?: string;
                        prefecture?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            city: string;
                            id: string;
                            isDefault: boolean;
                            line1: string;
                            line2: string | null;
                            name: string;
                            nameKana: string | null;
                            phone: string;
                            postalCode: string;
                            prefecture: string;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/me/points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My points balance and ledger (newest first) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: int64 */
                            balance: number;
                            entries: {
                                createdAt: string;
                                /** Format: int64 */
                                delta: number;
                                id: string;
                                note?: string;
                                orderId?: string;
                                /** @description redeemed | redemption_returned | earned | earned_reversed | adjustment */
                                reason: string;
                                /**
                                 * Format: int64
                                 * @description Points a reversal could not take back because they were already spent
                                 */
                                shortfall?: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/konbini/notify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Konbini payment notification (HMAC-signed with KONBINI_WEBHOOK_SECRET: x-inventra-timestamp, x-inventra-nonce, x-inventra-signature) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: int32 */
                        amount: number;
                        orderId: string;
                        paymentNumber: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            orderId: string;
                            status: string;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Bad signature or a timestamp more than 300 s off */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/store/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The category tree */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoreCategory"][];
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/store/delivery/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open delivery slots for a postal code, with remaining capacity and fee */
        get: {
            parameters: {
                query: {
                    cursor?: string;
                    limit?: number;
                    postalCode: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                date: string;
                                endTime: string;
                                /** Format: int64 */
                                fee: number;
                                id: string;
                                /** Format: int64 */
                                remaining: number;
                                startTime: string;
                                zoneId: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/store/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My orders, newest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    status?: "pending" | "processing" | "completed" | "cancelled" | "refunded";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                currency: string;
                                delivery: {
                                    date: string;
                                    endTime: string;
                                    slotId: string;
                                    startTime: string;
                                } | null;
                                discounts?: {
                                    /** Format: int64 */
                                    amount: number;
                                    code: string;
                                    promotionId: string;
                                }[];
                                /** Format: int64 */
                                discountTotal?: number;
                                events?: {
                                    actor: {
                                        id: string | null;
                                        type: string;
                                    };
                                    createdAt: string;
                                    from: string | null;
                                    id: string;
                                    note: string | null;
                                    to: string | null;
                                    type: string;
                                }[];
                                guestEmail?: string;
                                id: string;
                                items: {
                                    /**
                                     * Format: int64
                                     * @description this line’s share of the order’s discount
                                     */
                                    discount?: number;
                                    /** Format: int64 */
                                    lineTotal: number;
                                    options: {
                                        [key: string]: string;
                                    };
                                    productId: string;
                                    /** Format: int64 */
                                    quantity: number;
                                    /** Format: int64 */
                                    returnedQuantity?: number;
                                    sku: string;
                                    taxClass?: string;
                                    taxRate?: number;
                                    title: string;
                                    /** Format: int64 */
                                    unitPrice: number;
                                }[];
                                note: string;
                                /** Format: int64 */
                                number: number;
                                payment: {
                                    /** Format: int64 */
                                    amount: number;
                                    deadline: string | null;
                                    konbini?: {
                                        confirmationNumber: string;
                                        expiresAt: string;
                                        paymentNumber: string;
                                    };
                                    method: string;
                                    status: string;
                                };
                                /** Format: int64 */
                                pointsRedeemed: number;
                                /** Format: int64 */
                                refundedTotal?: number;
                                returns?: {
                                    createdAt: string;
                                    id: string;
                                    items: {
                                        /** Format: int64 */
                                        amount: number;
                                        /** Format: int64 */
                                        quantity: number;
                                        sku: string;
                                    }[];
                                    /**
                                     * Format: int64
                                     * @description refunded through the payment provider
                                     */
                                    moneyRefunded: number;
                                    note: string | null;
                                    orderId: string;
                                    /**
                                     * Format: int64
                                     * @description redeemed points given back to the balance
                                     */
                                    pointsReturned: number;
                                    /** Format: int64 */
                                    refundAmount: number;
                                    restock: boolean;
                                    /** Format: int64 */
                                    shippingAmount: number;
                                    taxes: {
                                        rate: number;
                                        /** Format: int64 */
                                        tax: number;
                                        /** Format: int64 */
                                        taxableAmount: number;
                                    }[];
                                }[];
                                shippingAddress: {
                                    city: string;
                                    line1: string;
                                    line2: string | null;
                                    name: string;
                                    phone: string;
                                    postalCode: string;
                                    prefecture: string;
                                };
                                /** Format: int64 */
                                shippingFee: number;
                                status: "pending" | "processing" | "completed" | "cancelled" | "refunded";
                                /** Format: int64 */
                                subtotal: number;
                                /** @description once per rate per order; taxableAmount in the price basis of the settings */
                                taxes?: {
                                    rate: number;
                                    /** Format: int64 */
                                    tax: number;
                                    /** Format: int64 */
                                    taxableAmount: number;
                                }[];
                                /** Format: int64 */
                                taxTotal?: number;
                                /** Format: int64 */
                                total: number;
                                updatedAt: string;
                                userId: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Place an order (Idempotency-Key honoured for 24 h; prices come from the published catalog). Without a token: a guest order with email and shippingAddress, answered with its accessKey (shown once) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        addressId?: string | null;
                        couponCode?: string;
                        deliverySlotId?: string | null;
                        /** Format: email */
                        email?: string;
                        items: {
                            /** Format: int32 */
                            quantity: number;
                            sku: string;
                        }[];
                        note?: string;
                        paymentMethod: "konbini" | "cod" | "bank_transfer" | "points";
                        /** Format: int32 */
                        pointsToRedeem?: number;
                        shippingAddress?: {
                            city: string;
                            line1: string;
                            line2?: string | null;
                            name: string;
                            phone: string;
                            postalCode: string;
                            prefecture: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessKey?: string;
                            createdAt: string;
                            currency: string;
                            delivery: {
                                date: string;
                                endTime: string;
                                slotId: string;
                                startTime: string;
                            } | null;
                            discounts?: {
                                /** Format: int64 */
                                amount: number;
                                code: string;
                                promotionId: string;
                            }[];
                            /** Format: int64 */
                            discountTotal?: number;
                            events?: {
                                actor: {
                                    id: string | null;
                                    type: string;
                                };
                                createdAt: string;
                                from: string | null;
                                id: string;
                                note: string | null;
                                to: string | null;
                                type: string;
                            }[];
                            guestEmail?: string;
                            id: string;
                            items: {
                                /**
                                 * Format: int64
                                 * @description this line’s share of the order’s discount
                                 */
                                discount?: number;
                                /** Format: int64 */
                                lineTotal: number;
                                options: {
                                    [key: string]: string;
                                };
                                productId: string;
                                /** Format: int64 */
                                quantity: number;
                                /** Format: int64 */
                                returnedQuantity?: number;
                                sku: string;
                                taxClass?: string;
                                taxRate?: number;
                                title: string;
                                /** Format: int64 */
                                unitPrice: number;
                            }[];
                            note: string;
                            /** Format: int64 */
                            number: number;
                            payment: {
                                /** Format: int64 */
                                amount: number;
                                deadline: string | null;
                                konbini?: {
                                    confirmationNumber: string;
                                    expiresAt: string;
                                    paymentNumber: string;
                                };
                                method: string;
                                status: string;
                            };
                            /** Format: int64 */
                            pointsRedeemed: number;
                            /** Format: int64 */
                            refundedTotal?: number;
                            returns?: {
                                createdAt: string;
                                id: string;
                                items: {
                                    /** Format: int64 */
                                    amount: number;
                                    /** Format: int64 */
                                    quantity: number;
                                    sku: string;
                                }[];
                                /**
                                 * Format: int64
                                 * @description refunded through the payment provider
                                 */
                                moneyRefunded: number;
                                note: string | null;
                                orderId: string;
                                /**
                                 * Format: int64
                                 * @description redeemed points given back to the balance
                                 */
                                pointsReturned: number;
                                /** Format: int64 */
                                refundAmount: number;
                                restock: boolean;
                                /** Format: int64 */
                                shippingAmount: number;
                                taxes: {
                                    rate: number;
                                    /** Format: int64 */
                                    tax: number;
                                    /** Format: int64 */
                                    taxableAmount: number;
                                }[];
                            }[];
                            shippingAddress: {
                                city: string;
                                line1: string;
                                line2: string | null;
                                name: string;
                                phone: string;
                                postalCode: string;
                                prefecture: string;
                            };
                            /** Format: int64 */
                            shippingFee: number;
                            status: "pending" | "processing" | "completed" | "cancelled" | "refunded";
                            /** Format: int64 */
                            subtotal: number;
                            /** @description once per rate per order; taxableAmount in the price basis of the settings */
                            taxes?: {
                                rate: number;
                                /** Format: int64 */
                                tax: number;
                                /** Format: int64 */
                                taxableAmount: number;
                            }[];
                            /** Format: int64 */
                            taxTotal?: number;
                            /** Format: int64 */
                            total: number;
                            updatedAt: string;
                            userId: string;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/store/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of my orders (another customer’s is 404); a guest order with ?key=<accessKey> (wrong or missing key → 404) */
        get: {
            parameters: {
                query?: {
                    key?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            currency: string;
                            delivery: {
                                date: string;
                                endTime: string;
                                slotId: string;
                                startTime: string;
                            } | null;
                            discounts?: {
                                /** Format: int64 */
                                amount: number;
                                code: string;
                                promotionId: string;
                            }[];
                            /** Format: int64 */
                            discountTotal?: number;
                            events?: {
                                actor: {
                                    id: string | null;
                                    type: string;
                                };
                                createdAt: string;
                                from: string | null;
                                id: string;
                                note: string | null;
                                to: string | null;
                                type: string;
                            }[];
                            guestEmail?: string;
                            id: string;
                            items: {
                                /**
                                 * Format: int64
                                 * @description this line’s share of the order’s discount
                                 */
                                discount?: number;
                                /** Format: int64 */
                                lineTotal: number;
                                options: {
                                    [key: string]: string;
                                };
                                productId: string;
                                /** Format: int64 */
                                quantity: number;
                                /** Format: int64 */
                                returnedQuantity?: number;
                                sku: string;
                                taxClass?: string;
                                taxRate?: number;
                                title: string;
                                /** Format: int64 */
                                unitPrice: number;
                            }[];
                            note: string;
                            /** Format: int64 */
                            number: number;
                            payment: {
                                /** Format: int64 */
                                amount: number;
                                deadline: string | null;
                                konbini?: {
                                    confirmationNumber: string;
                                    expiresAt: string;
                                    paymentNumber: string;
                                };
                                method: string;
                                status: string;
                            };
                            /** Format: int64 */
                            pointsRedeemed: number;
                            /** Format: int64 */
                            refundedTotal?: number;
                            returns?: {
                                createdAt: string;
                                id: string;
                                items: {
                                    /** Format: int64 */
                                    amount: number;
                                    /** Format: int64 */
                                    quantity: number;
                                    sku: string;
                                }[];
                                /**
                                 * Format: int64
                                 * @description refunded through the payment provider
                                 */
                                moneyRefunded: number;
                                note: string | null;
                                orderId: string;
                                /**
                                 * Format: int64
                                 * @description redeemed points given back to the balance
                                 */
                                pointsReturned: number;
                                /** Format: int64 */
                                refundAmount: number;
                                restock: boolean;
                                /** Format: int64 */
                                shippingAmount: number;
                                taxes: {
                                    rate: number;
                                    /** Format: int64 */
                                    tax: number;
                                    /** Format: int64 */
                                    taxableAmount: number;
                                }[];
                            }[];
                            shippingAddress: {
                                city: string;
                                line1: string;
                                line2: string | null;
                                name: string;
                                phone: string;
                                postalCode: string;
                                prefecture: string;
                            };
                            /** Format: int64 */
                            shippingFee: number;
                            status: "pending" | "processing" | "completed" | "cancelled" | "refunded";
                            /** Format: int64 */
                            subtotal: number;
                            /** @description once per rate per order; taxableAmount in the price basis of the settings */
                            taxes?: {
                                rate: number;
                                /** Format: int64 */
                                tax: number;
                                /** Format: int64 */
                                taxableAmount: number;
                            }[];
                            /** Format: int64 */
                            taxTotal?: number;
                            /** Format: int64 */
                            total: number;
                            updatedAt: string;
                            userId: string;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/store/orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel my pending order (stock and points come back) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            currency: string;
                            delivery: {
                                date: string;
                                endTime: string;
                                slotId: string;
                                startTime: string;
                            } | null;
                            discounts?: {
                                /** Format: int64 */
                                amount: number;
                                code: string;
                                promotionId: string;
                            }[];
                            /** Format: int64 */
                            discountTotal?: number;
                            events?: {
                                actor: {
                                    id: string | null;
                                    type: string;
                                };
                                createdAt: string;
                                from: string | null;
                                id: string;
                                note: string | null;
                                to: string | null;
                                type: string;
                            }[];
                            guestEmail?: string;
                            id: string;
                            items: {
                                /**
                                 * Format: int64
                                 * @description this line’s share of the order’s discount
                                 */
                                discount?: number;
                                /** Format: int64 */
                                lineTotal: number;
                                options: {
                                    [key: string]: string;
                                };
                                productId: string;
                                /** Format: int64 */
                                quantity: number;
                                /** Format: int64 */
                                returnedQuantity?: number;
                                sku: string;
                                taxClass?: string;
                                taxRate?: number;
                                title: string;
                                /** Format: int64 */
                                unitPrice: number;
                            }[];
                            note: string;
                            /** Format: int64 */
                            number: number;
                            payment: {
                                /** Format: int64 */
                                amount: number;
                                deadline: string | null;
                                konbini?: {
                                    confirmationNumber: string;
                                    expiresAt: string;
                                    paymentNumber: string;
                                };
                                method: string;
                                status: string;
                            };
                            /** Format: int64 */
                            pointsRedeemed: number;
                            /** Format: int64 */
                            refundedTotal?: number;
                            returns?: {
                                createdAt: string;
                                id: string;
                                items: {
                                    /** Format: int64 */
                                    amount: number;
                                    /** Format: int64 */
                                    quantity: number;
                                    sku: string;
                                }[];
                                /**
                                 * Format: int64
                                 * @description refunded through the payment provider
                                 */
                                moneyRefunded: number;
                                note: string | null;
                                orderId: string;
                                /**
                                 * Format: int64
                                 * @description redeemed points given back to the balance
                                 */
                                pointsReturned: number;
                                /** Format: int64 */
                                refundAmount: number;
                                restock: boolean;
                                /** Format: int64 */
                                shippingAmount: number;
                                taxes: {
                                    rate: number;
                                    /** Format: int64 */
                                    tax: number;
                                    /** Format: int64 */
                                    taxableAmount: number;
                                }[];
                            }[];
                            shippingAddress: {
                                city: string;
                                line1: string;
                                line2: string | null;
                                name: string;
                                phone: string;
                                postalCode: string;
                                prefecture: string;
                            };
                            /** Format: int64 */
                            shippingFee: number;
                            status: "pending" | "processing" | "completed" | "cancelled" | "refunded";
                            /** Format: int64 */
                            subtotal: number;
                            /** @description once per rate per order; taxableAmount in the price basis of the settings */
                            taxes?: {
                                rate: number;
                                /** Format: int64 */
                                tax: number;
                                /** Format: int64 */
                                taxableAmount: number;
                            }[];
                            /** Format: int64 */
                            taxTotal?: number;
                            /** Format: int64 */
                            total: number;
                            updatedAt: string;
                            userId: string;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/store/orders/{id}/invoice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The invoice / receipt of one of my orders (HTML, or ?format=pdf) */
        get: {
            parameters: {
                query?: {
                    format?: "html" | "pdf";
                    lang?: "ja" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The invoice: printable HTML, or a PDF with the Japanese font embedded (?format=pdf) */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "text/html": string;
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/store/orders/{id}/tracking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where my order is: delivery slot and shipments (own orders only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            delivery: {
                                date: string;
                                endTime: string;
                                slotId: string;
                                startTime: string;
                            } | null;
                            orderId: string;
                            orderStatus: string;
                            shipments: {
                                carrier: string;
                                createdAt: string;
                                events: {
                                    createdAt: string;
                                    id: string;
                                    note: string | null;
                                    status: "created" | "in_transit" | "out_for_delivery" | "delivered";
                                }[];
                                id: string;
                                orderId: string;
                                status: "created" | "in_transit" | "out_for_delivery" | "delivered";
                                trackingNumber: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authenticated, but the role or API-key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/store/postal-codes/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prefecture, city and town for a Japanese postal code (address fill); 404 when unknown */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            addresses: {
                                city: string;
                                prefecture: string;
                                town: string;
                            }[];
                            postalCode: string;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/store/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published products: typo-tolerant search, category (with subcategories), price and stock filters, sorts, cursor pages */
        get: {
            parameters: {
                query?: {
                    /** @description lower-case letters, digits and single hyphens */
                    category?: string;
                    cursor?: string;
                    inStock?: boolean;
                    limit?: number;
                    maxPrice?: number;
                    minPrice?: number;
                    /** @description name:value, repeatable (option=size:M&option=color:red): products with a variant offering all of them */
                    option?: string[];
                    q?: string;
                    sort?: "relevance" | "price_asc" | "price_desc" | "newest";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description option values with product counts; a chosen option is counted without its own choice */
                            facets: {
                                /** @description option name, e.g. size */
                                name: string;
                                values: {
                                    /**
                                     * Format: int64
                                     * @description matching products with this value
                                     */
                                    count: number;
                                    value: string;
                                }[];
                            }[];
                            items: {
                                category: {
                                    name: string;
                                    slug: string;
                                } | null;
                                currency: string;
                                id: string;
                                image: {
                                    alt?: string;
                                    /** Format: int64 */
                                    height?: number;
                                    srcset?: string;
                                    thumbUrl: string;
                                    url: string;
                                    /** Format: int64 */
                                    width?: number;
                                } | null;
                                inStock: boolean;
                                /** Format: int64 */
                                priceMax: number;
                                /** Format: int64 */
                                priceMin: number;
                                slug: string;
                                title: string;
                            }[];
                            nextCursor: string | null;
                            /**
                             * Format: int64
                             * @description products matching the filters (all pages)
                             */
                            total: number;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/store/products/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published product with live per-variant availability */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attributes: {
                                [key: string]: string | number | boolean;
                            };
                            category: {
                                name: string;
                                slug: string;
                            } | null;
                            currency: string;
                            description: string;
                            id: string;
                            images: {
                                alt: string;
                                /** Format: int64 */
                                height: number;
                                id: string;
                                options?: {
                                    [key: string]: string;
                                };
                                srcset?: string;
                                thumbUrl: string;
                                url: string;
                                /** Format: int64 */
                                width: number;
                            }[];
                            slug: string;
                            tags: string[];
                            /** @description consumption-tax class: standard 10 %, reduced 8 %, or exempt */
                            taxClass: "standard" | "reduced" | "exempt";
                            title: string;
                            variants: {
                                /** Format: int64 */
                                available: number;
                                compareAtPrice: number | null;
                                options: {
                                    [key: string]: string;
                                };
                                /** Format: int64 */
                                price: number;
                                sku: string;
                                /** @description consumption-tax class: standard 10 %, reduced 8 %, or exempt */
                                taxClass: "standard" | "reduced" | "exempt";
                            }[];
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/store/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Price a cart exactly as an order would be charged now (coupon, shipping, tax, points); reserves nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        couponCode?: string;
                        deliverySlotId?: string | null;
                        items: {
                            /** Format: int32 */
                            quantity: number;
                            sku: string;
                        }[];
                        /** Format: int32 */
                        pointsToRedeem?: number;
                        postalCode?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            currency: string;
                            discounts: {
                                /** Format: int64 */
                                amount: number;
                                code: string;
                                promotionId: string;
                            }[];
                            /** Format: int64 */
                            discountTotal: number;
                            freeShippingRemaining: number | null;
                            freeShippingThreshold: number | null;
                            items: {
                                /**
                                 * Format: int64
                                 * @description units that can be ordered now (stock is reported, not refused)
                                 */
                                available: number;
                                /** Format: int64 */
                                discount: number;
                                /** Format: int64 */
                                lineTotal: number;
                                options: {
                                    [key: string]: string;
                                };
                                productId: string;
                                /** Format: int64 */
                                quantity: number;
                                sku: string;
                                taxClass: string;
                                taxRate: number;
                                title: string;
                                /** Format: int64 */
                                unitPrice: number;
                            }[];
                            /** Format: int64 */
                            pointsRedeemed: number;
                            pricesIncludeTax: boolean;
                            /** Format: int64 */
                            shippingFee: number;
                            /** Format: int64 */
                            subtotal: number;
                            taxes: {
                                rate: number;
                                /** Format: int64 */
                                tax: number;
                                /** Format: int64 */
                                taxableAmount: number;
                            }[];
                            /** Format: int64 */
                            taxTotal: number;
                            /** Format: int64 */
                            total: number;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/store/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public store facts (what a storefront needs to show prices and shipping) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            currency: string;
                            defaultLocale: "ja" | "en";
                            freeShippingThreshold: number | null;
                            pointsEarnRate: number;
                            pricesIncludeTax: boolean;
                            /** Format: int64 */
                            shippingFee: number;
                            storeName: string;
                            taxRates: {
                                reduced: number;
                                standard: number;
                            };
                            timeZone: string;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/pms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Incoming PMS webhook (HMAC-signed: x-inventra-timestamp, x-inventra-nonce, x-inventra-signature) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "product.upsert";
                    } | {
                        data: {
                            /** Format: int32 */
                            onHand: number;
                            sku: string;
                        };
                        /** @enum {string} */
                        type: "inventory.set";
                    };
                };
            };
            responses: {
                /** @description The request was refused (RFC 9457 problem details) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The server failed (RFC 9457 problem details) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                            result: unknown;
                            type: string;
                        };
                    };
                };
                /** @description The request failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Bad signature or a timestamp more than 300 s off */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests (per-IP limit, sign-in or sign-up limits) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        /** @description Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE) */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current minute */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /** @description RFC 9457 problem details */
        Problem: {
            code: string;
            detail?: string;
            errors?: {
                message: string;
                path: string;
            }[];
            requestId?: string;
            /** Format: int64 */
            status: number;
            title: string;
            type: string;
        };
        StoreCategory: {
            children: components["schemas"]["StoreCategory"][];
            id: string;
            name: string;
            slug: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
