"""`office show|set`: this installation's office profile (the satker it is, its city, website and the news
writer's initials) without the settings window."""
from __future__ import annotations

from ..domain.errors import UserError
from ..domain.services import installation, satker
from ..domain.letterhead_fields import normalize_website
from .output import print_json
from .parsing import add_json, command, subcommands


def register(sub) -> None:
    cmds = subcommands(sub, "office", help="profil kantor instalasi ini (lihat, atur)",
                       description="Profil kantor instalasi ini: satker, kota, situs web dan inisial penulis "
                                   "berita.")
    add_json(command(cmds, "show", cmd_show, help="tampilkan profil kantor", description="Tampilkan profil kantor."))
    p = command(cmds, "set", cmd_set, help="atur profil kantor",
                description="Atur profil kantor; hanya yang disebut yang berubah. Kota dan situs diisi dari "
                            "direktori satker bila belum ada.")
    p.add_argument("--satker", metavar="SATKER", help='nomor satker, kode wilayah ("35.04") atau nama persis '
                                                     '("KPU Kabupaten Tulungagung")')
    p.add_argument("--city", metavar="KOTA", help="kota pada baris awal berita, mis. Tulungagung")
    p.add_argument("--website", metavar="SITUS", help="situs web kantor, mis. kpu-tulungagungkab.go.id")
    p.add_argument("--initials", metavar="INISIAL", help="inisial penulis berita, mis. amr")


def _satker(text: str):
    text = text.strip()
    found = None
    if text.isdigit():
        found = satker.Satker.get_or_none(satker.Satker.id == int(text))
    found = found or satker.by_region_code(text) or satker.find_by_name(text)
    if found is None:
        raise UserError(f"Satker \"{text}\" tidak ditemukan. Cari nomornya dengan 'satker list KATA'.")
    return found


def _profile() -> dict:
    p = installation.profile()
    return {"satker": p.satker.name if p.satker_id else "", "satker_id": p.satker_id,
            "region_code": p.satker.region_code if p.satker_id else "", "city": p.city, "website": p.website,
            "writer_initials": p.writer_initials}


def cmd_show(args) -> int:
    info = _profile()
    if args.json:
        print_json(info)
        return 0
    if not info["satker"]:
        print("Kantor belum diatur. Atur dengan: kpu-rakor-cli office set --satker KODE_WILAYAH")
        return 0
    print(f"Kantor      : {info['satker']} ({info['region_code']})")
    print(f"Kota        : {info['city'] or '-'}")
    print(f"Situs web   : {info['website'] or '-'}")
    print(f"Inisial     : {info['writer_initials'] or '-'}")
    return 0


def cmd_set(args) -> int:
    fields = {}
    if args.city is not None:
        fields["city"] = " ".join(args.city.split())[:80]
    if args.website is not None:
        fields["website"] = normalize_website(args.website)[:120]
    if args.initials is not None:
        initials = " ".join(args.initials.split()).strip("()")
        if len(initials) > 10:
            raise UserError("Inisial penulis paling banyak 10 huruf, mis. amr atau Hms/Kot.")
        fields["writer_initials"] = initials
    if args.satker is not None:
        s = _satker(args.satker)
    elif installation.is_configured():
        s = installation.profile().satker
    else:
        raise UserError("Kantor belum diatur: sebutkan --satker (nomor, kode wilayah atau nama satker).")
    installation.set_office(s.id, **fields)
    info = _profile()
    print(f"Profil kantor tersimpan: {info['satker']}, {info['city'] or '-'}, {info['website'] or '-'}, "
          f"inisial {info['writer_initials'] or '-'}.")
    return 0
