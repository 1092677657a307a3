# Writes the GeoTIFF fixtures of GdalGeoTiffTest with GDAL itself, in the creation options
# LiCSAR, LiCSBAS, MintPy and gdal_translate users write: python3 make-fixtures.py (GDAL 3.6.2).
# Every file is 40 x 24 px on lon/lat WGS84 (EPSG:4326), corner lon -99.25 lat 19.5, step 0.001;
# phase (x, y) = ((7 x + 13 y) mod 97) / 16 - 3, exact in float32; coherence (x, y) = (3 x + 5 y) mod 256.
import numpy as np
from osgeo import gdal, osr

gdal.UseExceptions()
W, H = 40, 24
y, x = np.mgrid[0:H, 0:W]
PHASE = ((7 * x + 13 * y) % 97) / 16.0 - 3
COHERENCE = ((3 * x + 5 * y) % 256).astype(np.uint8)


def write(name, samples, data_type, options, point=False):
    ds = gdal.GetDriverByName("GTiff").Create(name, W, H, 1, data_type, options=options)
    ds.SetGeoTransform((-99.25, 0.001, 0, 19.5, 0, -0.001))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    ds.SetProjection(srs.ExportToWkt())
    if point:
        ds.SetMetadataItem("AREA_OR_POINT", "Point")
    ds.GetRasterBand(1).WriteArray(samples)
    ds = None


F32 = gdal.GDT_Float32
write("phase-deflate-predictor3.tif", PHASE, F32, ["COMPRESS=DEFLATE", "PREDICTOR=3", "BLOCKYSIZE=5"])
write("phase-lzw-predictor2.tif", PHASE, F32, ["COMPRESS=LZW", "PREDICTOR=2", "BLOCKYSIZE=5"])
write("phase-tiled16-deflate-predictor3.tif", PHASE, F32,
      ["TILED=YES", "BLOCKXSIZE=16", "BLOCKYSIZE=16", "COMPRESS=DEFLATE", "PREDICTOR=3"])
write("phase-bigtiff-deflate-point.tif", PHASE, F32, ["BIGTIFF=YES", "COMPRESS=DEFLATE"], point=True)
write("phase-float64-deflate-predictor3.tif", PHASE, gdal.GDT_Float64, ["COMPRESS=DEFLATE", "PREDICTOR=3", "BLOCKYSIZE=5"])
write("phase-zstd.tif", PHASE, F32, ["COMPRESS=ZSTD"])
write("coherence-tiled16-deflate-predictor2.tif", COHERENCE, gdal.GDT_Byte,
      ["TILED=YES", "BLOCKXSIZE=16", "BLOCKYSIZE=16", "COMPRESS=DEFLATE", "PREDICTOR=2"])
