"""Every benchmark in one report: start-up, check-in (service, stream, races, the desk page), the 1,000-row
daftar hadir, the notulen and the paket dokumen, the webcam, the Zoom report, 200 phones on the LAN page
(and a flood of it), the recap of a year of 10,000 meetings.
`make bench` runs it."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_camera  # noqa: E402
import bench_checkin  # noqa: E402
import bench_checkin_stream  # noqa: E402
import bench_desk  # noqa: E402
import bench_documents  # noqa: E402
import bench_lan  # noqa: E402
import bench_pdf  # noqa: E402
import bench_recap  # noqa: E402
import bench_search  # noqa: E402
import bench_startup  # noqa: E402
import bench_zoom  # noqa: E402


def main() -> None:
    for bench in (bench_startup, bench_checkin, bench_checkin_stream, bench_desk, bench_pdf, bench_documents,
                  bench_camera, bench_zoom, bench_lan, bench_search, bench_recap):
        for key, value in bench.run().items():
            print(f"{key}: {value}", flush=True)
        if bench is bench_lan:
            for key, value in bench_lan.run_flood().items():
                print(f"{key}: {value}", flush=True)


if __name__ == "__main__":
    main()
