; KPU Rakor for Windows: built by installer/build.py (`make installer`), which passes VERSION, VERSION_NUMERIC,
; STAGE (the bundle folder), FILES (its sorted file list), OUTFILE, SIZE_KB and ICON.
;
; Per-user by default, no administrator needed: %LOCALAPPDATA%\Programs\KPU Rakor, shortcuts and the
; "Apps & features" entry for this user only. /ALLUSERS (run elevated, e.g. by IT with /S /ALLUSERS):
; %ProgramFiles%\KPU Rakor, shortcuts for everyone, the entry under HKLM and a firewall rule for the phones'
; sign-in page. Installing over an earlier version replaces the program files only. Data lives in
; %APPDATA%\KPU\KPU Rakor (per Windows user) and is never touched by installing or uninstalling.

; A 64-bit installer: the bundle is 64-bit anyway, and Wine without wine32 runs it (tests).
Target amd64-unicode
ManifestDPIAware true
ManifestSupportedOS all
!ifdef FAST
SetCompressor zlib
!else
SetCompressor /SOLID lzma
SetCompressorDictSize 64
!endif
RequestExecutionLevel user
ShowInstDetails show
ShowUninstDetails show

!define APP "KPU Rakor"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\KPU Rakor"
!define FIREWALL_RULE "KPU Rakor (presensi lewat HP)"
!define DATA_HINT "%APPDATA%\KPU\KPU Rakor"

Name "${APP}"
Caption "${APP} ${VERSION}"
OutFile "${OUTFILE}"
BrandingText "${APP} ${VERSION}"

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include x64.nsh

Var AllUsers

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING

!define MUI_WELCOMEPAGE_TEXT "Program ini memasang ${APP} ${VERSION}: rapat koordinasi, presensi, notulen dan berita kegiatan satker KPU.$\r$\n$\r$\nTidak perlu hak administrator. Versi lama diganti; data rapat di ${DATA_HINT} tetap utuh.$\r$\n$\r$\nKlik Lanjut untuk melanjutkan."
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_TEXT "Jalankan ${APP} sekarang"
!define MUI_FINISHPAGE_RUN_FUNCTION LaunchApp
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "Berkas program ${APP} akan dihapus. Data rapat TIDAK dihapus; data tetap di ${DATA_HINT} (basis data kpu-rakor.db dan berkas di sampingnya)."
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!define MUI_FINISHPAGE_TITLE "${APP} sudah dihapus"
!define MUI_FINISHPAGE_TEXT "Berkas program sudah dihapus.$\r$\n$\r$\nData rapat tidak dihapus dan tetap ada di:$\r$\n${DATA_HINT}$\r$\n$\r$\nMemasang ${APP} lagi akan memakai data itu. Hapus folder itu sendiri bila data memang tidak diperlukan lagi (simpan cadangannya dulu)."
!insertmacro MUI_UNPAGE_FINISH

!insertmacro MUI_LANGUAGE "Indonesian"

VIProductVersion "${VERSION_NUMERIC}"
VIAddVersionKey /LANG=${LANG_INDONESIAN} "ProductName" "${APP}"
VIAddVersionKey /LANG=${LANG_INDONESIAN} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_INDONESIAN} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_INDONESIAN} "FileDescription" "Pemasang ${APP}"
VIAddVersionKey /LANG=${LANG_INDONESIAN} "CompanyName" "KPU"
VIAddVersionKey /LANG=${LANG_INDONESIAN} "LegalCopyright" "KPU"

; /ALLUSERS: everyone on the PC (needs an elevated installer); otherwise the user running it.
!macro ChooseMode UN
Function ${UN}ChooseMode
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/ALLUSERS" $R1
  ${If} ${Errors}
    StrCpy $AllUsers 0
  ${Else}
    StrCpy $AllUsers 1
  ${EndIf}
FunctionEnd
!macroend
!insertmacro ChooseMode ""
!insertmacro ChooseMode "un."

!macro RequireAdmin
  UserInfo::GetAccountType
  Pop $R2
  ${If} $R2 != "Admin"
    MessageBox MB_ICONSTOP "Pemasangan untuk semua pengguna (/ALLUSERS) memerlukan hak administrator.$\r$\nJalankan sebagai administrator, atau tanpa /ALLUSERS untuk pengguna ini saja." /SD IDOK
    SetErrorLevel 740 ; ERROR_ELEVATION_REQUIRED
    Quit
  ${EndIf}
!macroend

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "${APP} memerlukan Windows 64-bit." /SD IDOK
    SetErrorLevel 1
    Quit
  ${EndIf}
  SetRegView 64
  Call ChooseMode
  ${If} $AllUsers == 1
    !insertmacro RequireAdmin
    SetShellVarContext all
  ${Else}
    SetShellVarContext current
  ${EndIf}
  ${If} $INSTDIR == "" ; no /D=: where the earlier version is, else the default for the mode
    ReadRegStr $INSTDIR SHCTX "${UNINSTKEY}" "InstallLocation"
  ${EndIf}
  ${If} $INSTDIR == ""
    ${If} $AllUsers == 1
      StrCpy $INSTDIR "$PROGRAMFILES64\${APP}"
    ${Else}
      GetKnownFolderPath $R3 {5CD7AEE2-2219-4A67-B85D-6C9CE15660CB} ; FOLDERID_UserProgramFiles
      ${If} $R3 == ""
        StrCpy $R3 "$LOCALAPPDATA\Programs"
      ${EndIf}
      StrCpy $INSTDIR "$R3\${APP}"
    ${EndIf}
  ${EndIf}
FunctionEnd

Function LaunchApp
  Exec '"$INSTDIR\python\pythonw.exe" -m kpu_rakor'
FunctionEnd

Section "${APP}" SecMain
  SectionIn RO
  ; Upgrade: the earlier version's program files go first (a module removed in this version must not stay
  ; importable). Only our own names: the folder may be one the user picked.
  ${If} ${FileExists} "$INSTDIR\python\*.*"
    DetailPrint "Menghapus berkas program versi sebelumnya (data tidak disentuh)…"
    RMDir /r "$INSTDIR\python"
    ${If} ${FileExists} "$INSTDIR\python\*.*"
      MessageBox MB_ICONSTOP "Berkas lama di $INSTDIR\python tidak dapat dihapus. Tutup ${APP} (semua jendelanya) lalu jalankan pemasang ini lagi." /SD IDOK
      SetErrorLevel 5
      Quit
    ${EndIf}
  ${EndIf}

  !include "${FILES}"

  SetOutPath "$INSTDIR"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; Bytecode once, now: a per-user folder would get it on first start anyway, Program Files never would (not
  ; writable), and every start would compile the libraries again. The bundle ships no .pyc of the build machine.
  DetailPrint "Menyiapkan modul Python…"
  nsExec::ExecToLog '"$INSTDIR\python\python.exe" -m compileall -q "$INSTDIR\python\Lib\site-packages"'
  Pop $0

  ; Shortcuts: the desktop app without a console (pythonw), the command line in a console with kpu-rakor-cli on
  ; the PATH of that console only.
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\python\pythonw.exe" "-m kpu_rakor" "$INSTDIR\kpu-rakor.ico" 0 SW_SHOWNORMAL "" "Rapat koordinasi, presensi, notulen dan berita kegiatan"
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\python\pythonw.exe" "-m kpu_rakor" "$INSTDIR\kpu-rakor.ico" 0 SW_SHOWNORMAL "" "Rapat koordinasi, presensi, notulen dan berita kegiatan"
  CreateShortcut "$SMPROGRAMS\${APP} (baris perintah).lnk" "$SYSDIR\cmd.exe" '/k "cd /d "%USERPROFILE%" && set "PATH=$INSTDIR;%PATH%" && kpu-rakor-cli --help"' "$INSTDIR\kpu-rakor.ico" 0 SW_SHOWNORMAL "" "kpu-rakor-cli: KPU Rakor tanpa jendela"

  ; Apps & features.
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayName" "${APP}"
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTKEY}" "Publisher" "KPU"
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\kpu-rakor.ico"
  WriteRegStr SHCTX "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  ${If} $AllUsers == 1
    WriteRegStr SHCTX "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /ALLUSERS'
    WriteRegStr SHCTX "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S /ALLUSERS'
  ${Else}
    WriteRegStr SHCTX "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
    WriteRegStr SHCTX "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  ${EndIf}
  WriteRegDWORD SHCTX "${UNINSTKEY}" "EstimatedSize" ${SIZE_KB}
  WriteRegDWORD SHCTX "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTKEY}" "NoRepair" 1

  ; For everyone (elevated): let the phones reach the sign-in page on private and domain networks, so no user
  ; meets the firewall prompt. A per-user install cannot add rules; Windows asks once instead (docs/windows.md).
  ${If} $AllUsers == 1
    nsExec::ExecToLog 'netsh advfirewall firewall delete rule name="${FIREWALL_RULE}"'
    Pop $0
    nsExec::ExecToLog 'netsh advfirewall firewall add rule name="${FIREWALL_RULE}" dir=in action=allow program="$INSTDIR\python\pythonw.exe" protocol=TCP profile=private,domain enable=yes'
    Pop $0
  ${EndIf}
  DetailPrint "Data rapat disimpan di ${DATA_HINT} (tidak ikut dihapus bila program dihapus)."
SectionEnd

Function un.onInit
  SetRegView 64
  Call un.ChooseMode
  ; Installed for everyone when HKLM's entry names this folder, with or without /ALLUSERS on the command line.
  ReadRegStr $R0 HKLM "${UNINSTKEY}" "InstallLocation"
  ${If} $R0 == $INSTDIR
    StrCpy $AllUsers 1
  ${EndIf}
  ${If} $AllUsers == 1
    !insertmacro RequireAdmin
    SetShellVarContext all
  ${Else}
    SetShellVarContext current
  ${EndIf}
FunctionEnd

Section "Uninstall"
  ; Program files only, by name. The data (${DATA_HINT}) stays.
  RMDir /r "$INSTDIR\python"
  Delete "$INSTDIR\kpu-rakor.cmd"
  Delete "$INSTDIR\kpu-rakor-cli.cmd"
  Delete "$INSTDIR\kpu-rakor.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$SMPROGRAMS\${APP} (baris perintah).lnk"
  Delete "$DESKTOP\${APP}.lnk"
  DeleteRegKey SHCTX "${UNINSTKEY}"
  ${If} $AllUsers == 1
    nsExec::ExecToLog 'netsh advfirewall firewall delete rule name="${FIREWALL_RULE}"'
    Pop $0
  ${EndIf}
  DetailPrint "Data rapat TIDAK dihapus; tetap di ${DATA_HINT}."
SectionEnd
