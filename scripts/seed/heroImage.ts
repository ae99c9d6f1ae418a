import sharp from 'sharp'

/**
 * The story's hero picture, drawn here rather than downloaded: layered Altai ridges with
 * snow caps over a dawn sky. 1600×900 so every size Payload cuts from it is sharp.
 */
export async function drawHeroImage(): Promise<Buffer> {
  const width = 1600
  const height = 900
  const ridge = (points: string, fill: string) => `<polygon points="${points}" fill="${fill}"/>`
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#1d3b6a"/><stop offset="0.55" stop-color="#e7a36a"/><stop offset="1" stop-color="#f6d9a8"/>
    </linearGradient>
    <linearGradient id="valley" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#3f6b4a"/><stop offset="1" stop-color="#1f3d2b"/>
    </linearGradient>
  </defs>
  <rect width="${width}" height="${height}" fill="url(#sky)"/>
  <circle cx="1180" cy="430" r="70" fill="#fff3d6" opacity="0.9"/>
  ${ridge('0,620 180,380 300,470 470,250 640,450 800,300 980,480 1150,330 1330,470 1480,360 1600,440 1600,900 0,900', '#5b6f8f')}
  ${ridge('470,250 420,320 455,310 490,335 520,300', '#f4f7fb')}
  ${ridge('800,300 760,355 800,345 830,365 850,340', '#f4f7fb')}
  ${ridge('1150,330 1110,385 1150,372 1185,390 1200,370', '#f4f7fb')}
  ${ridge('0,700 220,520 380,600 560,470 760,610 940,500 1120,640 1320,520 1600,660 1600,900 0,900', '#34496a')}
  ${ridge('0,780 300,690 620,760 900,700 1200,770 1600,720 1600,900 0,900', 'url(#valley)')}
  <path d="M0,860 C300,820 520,880 800,840 S1300,800 1600,850" stroke="#9cc7e0" stroke-width="14" fill="none" opacity="0.8"/>
</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}
