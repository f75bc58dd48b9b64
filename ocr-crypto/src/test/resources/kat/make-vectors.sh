#!/usr/bin/env bash
# Regenerates the openssl known-answer vectors in this directory. See README.md.
# The AES vectors are deterministic (fixed key, fixed plaintext); the RSA key pair and the
# PKCS#1 v1.5 wraps are random, so rerunning replaces them with new, equally valid ones.
set -euo pipefail
cd "$(dirname "$0")"
export LC_ALL=C

# K: the NIST SP 800-38A AES-256 key. IV = K[0..16) = its first 32 hex characters.
K=603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4
IV=${K:0:32}
echo "$K" > aes-key.hex

# Deterministic plaintext: AES-128-CTR keystream over 65537 zero bytes. Vector n uses its first n bytes.
head -c 65537 /dev/zero \
  | openssl enc -aes-128-ctr -K 000102030405060708090a0b0c0d0e0f -iv 00000000000000000000000000000000 \
  > plain.bin

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for n in 0 1 15 16 17 31 32 1000 65536 65537; do
  head -c "$n" plain.bin > "$tmp/plain-$n"
  openssl enc -aes-256-cbc -K "$K" -iv "$IV" -in "$tmp/plain-$n" -out "aes-256-cbc-$n.bin"
done

# UTF-8 text fields, Base64 ciphertext (one line each, -A): field.N.plain / field.N.cipher.
{
  echo "# AES-256-CBC under aes-key.hex, IV = its first 16 bytes; made by make-vectors.sh"
  i=0
  while IFS= read -r text; do
    i=$((i + 1))
    echo "field.$i.plain=$text"
    echo "field.$i.cipher=$(printf '%s' "$text" | openssl enc -aes-256-cbc -K "$K" -iv "$IV" -a -A)"
  done <<'FIELDS'
홍길동
900101-1234567
서울특별시 종로구청장
2020.01.02
4111111111111111
04/29
1종보통/2종소형
조건 없음 — 없음 ✓
FIELDS
} > fields.properties

# RSA-2048 key pair, its public key in both DER forms, and keys wrapped with PKCS#1 v1.5.
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$tmp/rsa2048.pem"
openssl rsa -in "$tmp/rsa2048.pem" -pubout -out rsa2048-public.pem
openssl pkcs8 -topk8 -nocrypt -in "$tmp/rsa2048.pem" -outform DER -out "$tmp/private.der"
openssl rsa -in "$tmp/rsa2048.pem" -pubout -outform DER -out "$tmp/spki.der"
openssl rsa -in "$tmp/rsa2048.pem" -RSAPublicKey_out -outform DER -out "$tmp/pkcs1.der"
head -c 32 plain.bin > "$tmp/key32.bin"
head -c 16 plain.bin > "$tmp/key16.bin"
openssl pkeyutl -encrypt -pubin -inkey rsa2048-public.pem -pkeyopt rsa_padding_mode:pkcs1 \
  -in "$tmp/key32.bin" -out "$tmp/wrapped32.bin"
openssl pkeyutl -encrypt -pubin -inkey rsa2048-public.pem -pkeyopt rsa_padding_mode:pkcs1 \
  -in "$tmp/key16.bin" -out "$tmp/wrapped16.bin"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:1024 -out "$tmp/rsa1024.pem"
openssl rsa -in "$tmp/rsa1024.pem" -pubout -outform DER -out "$tmp/rsa1024-spki.der"

b64() { openssl base64 -A -in "$1"; }
{
  echo "# RSA vectors made by make-vectors.sh with openssl; Base64 is standard with padding"
  echo "rsa2048.private.pkcs8=$(b64 "$tmp/private.der")"
  echo "rsa2048.public.spki=$(b64 "$tmp/spki.der")"
  echo "rsa2048.public.pkcs1=$(b64 "$tmp/pkcs1.der")"
  echo "rsa2048.public.sha256=$(openssl dgst -sha256 -r "$tmp/spki.der" | cut -d' ' -f1)"
  echo "key32.hex=$(od -An -tx1 -v "$tmp/key32.bin" | tr -d ' \n')"
  echo "key32.wrapped=$(b64 "$tmp/wrapped32.bin")"
  echo "key16.hex=$(od -An -tx1 -v "$tmp/key16.bin" | tr -d ' \n')"
  echo "key16.wrapped=$(b64 "$tmp/wrapped16.bin")"
  echo "rsa1024.public.spki=$(b64 "$tmp/rsa1024-spki.der")"
} > rsa.properties
