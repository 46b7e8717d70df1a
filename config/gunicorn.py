"""Gunicorn for the app servers: ``gunicorn -c config/gunicorn.py config.wsgi``.

Every value comes from the environment (docs/production.md): where to listen, how many
workers, how long a request may take, which proxies may say a request came over HTTPS.
The access log leaves out query strings and the Referer, which can carry a visitor's
answers (the self-check, search terms), and the client address.
"""

import multiprocessing
from pathlib import Path

from config.env import env_int, env_list, env_str

# ---------------------------------------------------------------- Listening
# GUNICORN_BIND wins (e.g. "unix:/run/jp-mirai/gunicorn.sock" or several addresses,
# comma-separated); otherwise HOST and PORT. Loopback by default: set HOST=0.0.0.0 when
# the proxy runs on another machine.
bind = env_list("GUNICORN_BIND", []) or [
    f"{env_str('HOST', '127.0.0.1')}:{env_int('PORT', 8000)}"
]
# Only these proxies may set X-Forwarded-Proto: from anyone else gunicorn ignores it.
forwarded_allow_ips = env_str("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# ---------------------------------------------------------------- Workers
# Synchronous workers: the proxy buffers slow clients. Each worker keeps one database
# connection open (DATABASE_CONN_MAX_AGE), so the default is capped at 9.
workers = env_int("WEB_CONCURRENCY", min(2 * multiprocessing.cpu_count() + 1, 9))
# Heartbeat files in memory, not on a disk that may stall (e.g. a container overlay).
# Gunicorn opens them with mkstemp and unlinks them at once, so a shared directory is
# safe here.
SHM = Path("/dev/shm")  # noqa: S108
worker_tmp_dir = str(SHM) if SHM.is_dir() else None
# A request running longer than this is killed and logged; on SIGTERM, workers get
# graceful_timeout seconds to finish what they are serving.
timeout = env_int("GUNICORN_TIMEOUT", 30)
graceful_timeout = env_int("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = 5  # a little longer than nothing, shorter than the proxy's idle timeout
# Recycle workers now and then, staggered, so a slow leak cannot grow without bound.
max_requests = 1000
max_requests_jitter = 100
# No runtime control socket in $HOME: restart and scale with signals (HUP, TTIN, TTOU).
control_socket_disable = True

# ---------------------------------------------------------------- Logging
accesslog = "-"  # stdout
errorlog = "-"  # stderr
# method, path without query string, protocol, status, bytes, milliseconds, request id
access_log_format = '%(t)s "%(m)s %(U)s %(H)s" %(s)s %(b)s %(M)sms %({x-request-id}i)s'
proc_name = "jp-mirai"
