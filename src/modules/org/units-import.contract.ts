import { z } from 'zod';
import { defineEndpoint } from '../../shared/endpoint.js';
import { ImportUnitsQuerySchema, UnitsImportPreviewSchema, UnitsImportResultSchema } from './units-import.schemas.js';

/** The units import's endpoints (part of orgEndpoints): preview, commit, errors workbook, blank template. */
const tag = 'org';
export const unitsImportEndpoints = {
  previewUnitsImport: defineEndpoint({
    name: 'previewUnitsImport',
    method: 'POST',
    path: '/api/imports/units/preview',
    tag,
    access: 'session',
    summary: 'Xem trước tệp nhập cơ cấu tổ chức (.xlsx/.csv): cột nhận diện, dòng mẫu, lỗi; không ghi gì',
    query: ImportUnitsQuerySchema,
    response: UnitsImportPreviewSchema,
    upload: true,
  }),
  commitUnitsImport: defineEndpoint({
    name: 'commitUnitsImport',
    method: 'POST',
    path: '/api/imports/units/commit',
    tag,
    access: 'session',
    summary: 'Nhập đơn vị từ tệp: tất cả hoặc không (có lỗi thì 422, không ghi gì); nhập lại theo mã đơn vị thì cập nhật tên',
    query: ImportUnitsQuerySchema,
    response: UnitsImportResultSchema,
    upload: true,
  }),
  unitsImportErrors: defineEndpoint({
    name: 'unitsImportErrors',
    method: 'POST',
    path: '/api/imports/units/errors.xlsx',
    tag,
    access: 'session',
    summary: 'Tải danh sách lỗi của tệp nhập đơn vị (.xlsx: dòng, cột, tiêu đề, giá trị, lỗi)',
    query: ImportUnitsQuerySchema,
    response: z.unknown(),
    file: true,
    upload: true,
  }),
  unitsImportTemplate: defineEndpoint({
    name: 'unitsImportTemplate',
    method: 'GET',
    path: '/api/imports/units/template.xlsx',
    tag,
    access: 'session',
    summary: 'Tải tệp mẫu (.xlsx) để điền danh sách đơn vị: các cột nhận diện được, danh mục loại đơn vị, hướng dẫn',
    response: z.unknown(),
    file: true,
  }),
} as const;
